using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Answers.Retrieval;

/// <summary>
/// The last answer's lead passage as conversation focus: remembered after answering, and read back on the next turn
/// as the sentences a follow-up most likely asks about (the passage itself and the sentence either side of it).
/// </summary>
internal static class FocusPassages
{
    /// <summary>Sentences either side of the last answer's passage that a follow-up may ask about ("what did they talk about?").</summary>
    private const int Reach = 1;

    /// <summary>Where the answer's lead passage is, and the people it names; (null, []) when the answer cites nothing.</summary>
    public static (FocusPassage? Passage, IReadOnlyList<string> People) Of(Answer answer, Gazetteer gazetteer)
    {
        if (answer.Lines.Count == 0 || answer.Lines[0].Citations.Count == 0) return (null, []);
        var position = answer.Lines[0].Citations[0];
        var citation = answer.Citations.FirstOrDefault(c => c.Position == position);
        if (citation is null) return (null, []);
        var people = gazetteer.FindMentions(citation.Passage)
            .Where(m => m.IsKnown && m.Kind == EntityKind.Person)
            .Select(m => m.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return (new FocusPassage(citation.File, citation.Paragraph, citation.Start, citation.Length, citation.EventDate), people);
    }

    /// <summary>
    /// The facts of the last answer's passage and the sentence before and after it, in text order; empty when the
    /// focus has no passage or the sources changed under it. Looked up by place, so its cost does not grow with the corpus.
    /// </summary>
    public static IReadOnlyList<IndexedFact> Around(ConversationFocus? focus, CorpusModel model)
    {
        if (focus?.Passage is not { } passage || model.Paragraph(passage.File, passage.Paragraph) is not { } paragraph) return [];
        var end = passage.Start + passage.Length;
        var inside = paragraph.Facts.Where(f => f.Fact.Span.Start < end && f.Fact.Span.End > passage.Start).Select(f => f.SentenceIndex).ToList();
        if (inside.Count == 0) return [];
        var first = Math.Max(0, inside.Min() - Reach);
        var last = Math.Min(paragraph.Facts.Count - 1, inside.Max() + Reach);
        return paragraph.Facts.GetRange(first, last - first + 1);
    }

    /// <summary>The facts of the last answer's passage itself.</summary>
    public static IReadOnlyList<IndexedFact> Inside(ConversationFocus? focus, CorpusModel model)
    {
        if (focus?.Passage is not { } passage) return [];
        var end = passage.Start + passage.Length;
        return Around(focus, model).Where(f => f.Fact.Span.Start < end && f.Fact.Span.End > passage.Start).ToList();
    }
}
