using System.Text.RegularExpressions;
using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>
/// Chooses the verbatim passage to cite for a fact: its sentence, with the sentence before when it opens with a
/// pronoun ("He accused ...") and the sentence after when that one continues it ("The proposals suggested ..."),
/// so a passage reads on its own.
/// </summary>
internal static partial class PassageBuilder
{
    /// <summary>Character range of the passage in the article text.</summary>
    public static (int Start, int End) For(IndexedFact fact)
    {
        var sentences = Sentences(fact);
        return (sentences[0].Fact.Span.Start, sentences[^1].Fact.Span.End);
    }

    /// <summary>The sentences of the passage, in order.</summary>
    public static IReadOnlyList<IndexedFact> Sentences(IndexedFact fact)
    {
        var sentences = fact.Paragraph.Facts;
        var first = fact.SentenceIndex;
        var last = fact.SentenceIndex;
        if (first > 0 && LeansBack(fact.Fact.Text)) first--;
        if (last + 1 < sentences.Count && Continues(sentences[last + 1].Fact.Text, fact)) last++;
        return sentences.GetRange(first, last - first + 1);
    }

    private static bool LeansBack(string sentence) => BackReference().IsMatch(sentence);

    private static bool Continues(string next, IndexedFact fact)
    {
        if (LeansBack(next)) return true;
        var match = DefiniteNoun().Match(next);
        return match.Success && fact.Fact.Text.Contains(match.Groups[1].Value, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^(He|She|It|They|This|These|Those|His|Her|Its|Their|The latter|The former)\b")]
    private static partial Regex BackReference();

    [GeneratedRegex(@"^(?:The|These|This|Such) ([a-z]{4,})")]
    private static partial Regex DefiniteNoun();
}
