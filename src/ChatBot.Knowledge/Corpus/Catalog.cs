namespace ChatBot.Knowledge.Corpus;

/// <summary>What <c>catalog.json</c> yielded: usable entries by file name, and the problems found.</summary>
internal sealed class Catalog
{
    public Dictionary<string, CatalogEntry> Entries { get; } = new(StringComparer.Ordinal);

    public List<SkippedSeed> Skipped { get; } = [];

    public List<string> Notes { get; } = [];
}
