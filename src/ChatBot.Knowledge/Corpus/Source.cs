namespace ChatBot.Knowledge.Corpus;

/// <summary>One seed article: where it is, what it is called, who published it and when.</summary>
/// <param name="File">File name inside the seeds folder, e.g. <c>000_30b3a433c56a79ea.txt</c>.</param>
/// <param name="Title">The catalog title, or one inferred from the first line.</param>
/// <param name="Publisher">Publisher when known.</param>
/// <param name="Published">Publication date (from the catalog, else inferred).</param>
/// <param name="Url">External URL when the catalog has one.</param>
/// <param name="Author">Author when known.</param>
/// <param name="DateBasis">How the date was obtained, for people who check it.</param>
/// <param name="IsCataloged">False when the file has no catalog entry and its metadata was inferred.</param>
public sealed record Source(
    string File,
    string Title,
    string? Publisher,
    DateOnly Published,
    string? Url,
    string? Author,
    string DateBasis,
    bool IsCataloged);
