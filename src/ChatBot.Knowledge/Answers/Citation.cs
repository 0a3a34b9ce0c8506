namespace ChatBot.Knowledge.Answers;

/// <summary>A verbatim passage an answer rests on, and where it comes from.</summary>
/// <param name="Position">1-based number shown as [n] in the answer.</param>
/// <param name="Passage">The passage, exactly as in the source file.</param>
/// <param name="File">Seed file name.</param>
/// <param name="Start">Character offset of the passage in the file's text.</param>
/// <param name="Length">Length of the passage.</param>
/// <param name="Paragraph">0-based number of the body paragraph that holds it.</param>
/// <param name="Title">Source title.</param>
/// <param name="Publisher">Source publisher, when known.</param>
/// <param name="Published">Source publication date.</param>
/// <param name="Url">Source URL from the catalog, when known.</param>
/// <param name="EventDate">The date of what the passage reports, when it names one.</param>
public sealed record Citation(
    int Position,
    string Passage,
    string File,
    int Start,
    int Length,
    int Paragraph,
    string Title,
    string? Publisher,
    DateOnly Published,
    string? Url,
    DateOnly? EventDate = null);
