using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>
/// The items a sentence ending with a colon introduces ("Two key points remain unresolved …:"): the bulleted or
/// numbered paragraphs right after it in the same article, or, when none follow, the next paragraph's first sentence.
/// </summary>
internal static class ListItems
{
    private const int MaxItems = 8;

    public static IReadOnlyList<IndexedFact> After(IndexedFact lead, CorpusModel model)
    {
        var paragraph = lead.Paragraph;
        if (!lead.Fact.Text.TrimEnd().EndsWith(':') || lead.SentenceIndex != paragraph.Facts.Count - 1) return [];
        var following = new List<IndexedParagraph>();
        for (var id = paragraph.Id + 1; id < model.Paragraphs.Count && following.Count < MaxItems; id++)
        {
            var next = model.Paragraphs[id];
            if (next.Source.File != paragraph.Source.File || next.Number != paragraph.Number + following.Count + 1 || next.Facts.Count == 0) break;
            if (!IsItem(next.Block.Text)) break;
            following.Add(next);
        }

        if (following.Count > 0) return following.Select(p => p.Facts[0]).ToList();
        var after = paragraph.Id + 1 < model.Paragraphs.Count ? model.Paragraphs[paragraph.Id + 1] : null;
        return after is { Facts.Count: > 0 } && after.Source.File == paragraph.Source.File ? [after.Facts[0]] : [];
    }

    /// <summary>"- The mutual withdrawal …", "2. The removal …": a line that opens with a bullet or a number.</summary>
    internal static bool IsItem(string text)
    {
        if (text.Length < 2) return false;
        if (text[0] is '-' or '\u2022' or '*' or '\u2013' or '\u2014' or '\u25aa' && char.IsWhiteSpace(text[1])) return true;
        var digits = 0;
        while (digits < text.Length && char.IsDigit(text[digits])) digits++;
        return digits is > 0 and <= 2 && digits + 1 < text.Length && text[digits] is '.' or ')' && char.IsWhiteSpace(text[digits + 1]);
    }
}
