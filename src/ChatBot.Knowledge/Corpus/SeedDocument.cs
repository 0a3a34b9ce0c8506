namespace ChatBot.Knowledge.Corpus;

/// <summary>A seed article's metadata and its full text, exactly as in the file.</summary>
public sealed record SeedDocument(Source Source, string Text);
