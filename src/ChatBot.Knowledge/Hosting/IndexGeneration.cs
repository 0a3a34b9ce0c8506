namespace ChatBot.Knowledge.Hosting;

/// <summary>An index generation as hosts announce it: its version and the fingerprint of the seeds it was built from.</summary>
public sealed record IndexGeneration(int Version, string Fingerprint);
