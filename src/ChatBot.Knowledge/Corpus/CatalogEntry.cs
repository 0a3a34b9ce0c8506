namespace ChatBot.Knowledge.Corpus;

/// <summary>A usable entry of <c>catalog.json</c>.</summary>
internal sealed record CatalogEntry(
    string File,
    string? Title,
    string? Publisher,
    string? Author,
    DateOnly Published,
    string? DateBasis,
    string? Url);
