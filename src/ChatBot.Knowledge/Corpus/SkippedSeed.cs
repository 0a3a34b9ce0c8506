namespace ChatBot.Knowledge.Corpus;

/// <summary>A seed file or catalog entry that could not be used, and why (shown in the reindex report).</summary>
public sealed record SkippedSeed(string File, string Reason);
