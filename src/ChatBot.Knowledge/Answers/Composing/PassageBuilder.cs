using System.Text.RegularExpressions;
using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>
/// Chooses the verbatim passage to cite for a fact: its sentence, with the sentence before when it opens with a
/// pronoun ("He accused ...", "However, these protests ...") and the sentence after when that one continues it ("The
/// proposals suggested ...", or the speaker's own words in quotation marks), and a quotation running over several
/// sentences whole, so a passage reads on its own.
/// </summary>
internal static partial class PassageBuilder
{
    /// <summary>How many sentences beyond the fact's own a quotation may pull in either way.</summary>
    private const int MaxQuoteSentences = 3;

    /// <summary>
    /// The most characters an answer's passage grows to with its neighbouring sentences: about 100 words, a short
    /// paragraph (the seeds' median paragraph is 256 characters; one in ten is over 1,200).
    /// </summary>
    private const int MaxContextLength = 700;

    /// <summary>Character range of the passage in the article text.</summary>
    public static (int Start, int End) For(IndexedFact fact)
    {
        var sentences = Sentences(fact);
        return (sentences[0].Fact.Span.Start, sentences[^1].Fact.Span.End);
    }

    /// <summary>
    /// The passage of <see cref="For"/> widened with the sentences around it in its paragraph, the next one first, and
    /// with the next paragraph when that one goes on from it (a speaker's own words after "Pashinyan announced …",
    /// "In addition, …", "This article requires …"),
    /// while the whole stays within <see cref="MaxContextLength"/> characters: what a question asks about the event a
    /// sentence reports is often in the sentence beside it ("The leaders later met … in New York." / "Erdogan gifted
    /// Pashinyan his book …"), and the asker reads the answer in its setting.
    /// </summary>
    public static (int Start, int End) WithContext(IndexedFact fact, CorpusModel model)
    {
        var sentences = Sentences(fact);
        var paragraph = fact.Paragraph.Facts;
        var first = paragraph.IndexOf(sentences[0]);
        var last = paragraph.IndexOf(sentences[^1]);
        var end = paragraph[last].Fact.Span.End;
        for (var grew = true; grew;)
        {
            grew = false;
            var start = paragraph[first].Fact.Span.Start;
            if (last + 1 < paragraph.Count && paragraph[last + 1].Fact.Span.End - start <= MaxContextLength) (last, end, grew) = (last + 1, paragraph[last + 1].Fact.Span.End, true);
            if (first > 0 && end - paragraph[first - 1].Fact.Span.Start <= MaxContextLength) (first, grew) = (first - 1, true);
        }

        // "Pashinyan announced a new proposal." then a paragraph of his own words in quotation marks, or one that goes
        // on from this one ("In addition, four structures …", "This article requires …"): it comes too, once the
        // sentences around the fact in its own paragraph have had their room.
        if (last == paragraph.Count - 1 && ContinuationAfter(fact, model) is { } next && next.End - paragraph[first].Fact.Span.Start <= MaxContextLength) end = next.End;

        return (paragraph[first].Fact.Span.Start, end);
    }

    /// <summary>
    /// The paragraph after the fact's, when it goes on from it: a quotation (opens with a quotation mark), one opening
    /// by pointing back (<see cref="LeansBack"/>), or one whose first words name who or what the fact is about
    /// ("Maria Zakharova announced …" / "Zakharova stated that …").
    /// </summary>
    private static (int Start, int End)? ContinuationAfter(IndexedFact fact, CorpusModel model)
    {
        if (model.Paragraph(fact.Source.File, fact.Paragraph.Number + 1) is not { Facts.Count: > 0 } next) return null;
        var opening = next.Block.Text.TrimStart();
        var goesOn = opening.StartsWith('\u201c') || LeansBack(opening) || OpensWithItsSubject(next.Facts[0], fact);
        return goesOn ? (next.Facts[0].Fact.Span.Start, next.Facts[^1].Fact.Span.End) : null;
    }

    private static bool OpensWithItsSubject(IndexedFact opening, IndexedFact fact) =>
        opening.Fact.Entities.MinBy(e => e.Span.Start) is { Span.Start: 0 } first
        && fact.Fact.Entities.Any(e => string.Equals(e.Name, first.Name, StringComparison.Ordinal));

    /// <summary>
    /// The sentences of the passage, in order. <paramref name="wholeQuotations"/> is for citing: a quotation's other
    /// sentences make the passage read right but say nothing more about what the fact is about, so the words a fact
    /// is matched by leave them out.
    /// </summary>
    public static IReadOnlyList<IndexedFact> Sentences(IndexedFact fact, bool wholeQuotations = true)
    {
        var sentences = fact.Paragraph.Facts;
        var first = fact.SentenceIndex;
        var last = fact.SentenceIndex;
        if (first > 0 && (LeansBack(fact.Fact.Text) || NamesItsSubjectBefore(fact))) first--;
        // A quotation running over several sentences is cited whole, with whoever it is attributed to.
        while (wholeQuotations && first > 0 && fact.SentenceIndex - first < MaxQuoteSentences && QuoteBalance(sentences, first, last) < 0) first--;
        if (last + 1 < sentences.Count && Continues(sentences[last + 1].Fact.Text, fact)) last++;
        while (wholeQuotations && last + 1 < sentences.Count && last - fact.SentenceIndex < MaxQuoteSentences && QuoteBalance(sentences, first, last) > 0) last++;
        return sentences.GetRange(first, last - first + 1);
    }

    /// <summary>Opening quotation marks less closing ones in the sentences: above 0 a quotation is still open, below 0 one opened earlier.</summary>
    private static int QuoteBalance(List<IndexedFact> sentences, int first, int last)
    {
        var balance = 0;
        for (var i = first; i <= last; i++)
        {
            foreach (var c in sentences[i].Fact.Text)
            {
                if (c == '\u201c') balance++;
                else if (c == '\u201d') balance--;
            }
        }

        return balance;
    }

    /// <summary>
    /// True when the sentence opens by pointing back at the one before ("These demonstrations …", "However, these
    /// protests …"), or at the people it named ("The leaders later met …").
    /// </summary>
    internal static bool LeansBack(string sentence) => BackReference().IsMatch(sentence) || PeopleBackReference().IsMatch(sentence);

    /// <summary>True when a sentence of the fact's passage names one of <paramref name="people"/> (canonical names).</summary>
    internal static bool NamesAnyOf(IndexedFact fact, IReadOnlyCollection<string> people) =>
        people.Count > 0 && Sentences(fact).Any(s => s.Fact.Entities.Any(e => people.Contains(e.Name, StringComparer.Ordinal)));

    /// <summary>
    /// True for a sentence that names what it is about only by pointing back inside it ("leaders … outlined their
    /// positions on these outstanding issues"): what it is about is in the sentence before.
    /// </summary>
    internal static bool PointsBackInside(string sentence) => InnerBackReference().IsMatch(sentence);

    /// <summary>
    /// True for a sentence that names its subject only in the one before, by "these …" inside it ("The Border Guard
    /// Service … would be tasked with overseeing these transport links"): its passage starts with that sentence.
    /// </summary>
    internal static bool NamesItsSubjectBefore(IndexedFact fact) => fact.SentenceIndex > 0 && !LeansBack(fact.Fact.Text) && InnerThese().IsMatch(fact.Fact.Text);

    /// <summary>True for a sentence that adds to what came before ("In addition, four structures …").</summary>
    internal static bool Adds(string sentence) => Addition().IsMatch(sentence);

    private static bool Continues(string next, IndexedFact fact)
    {
        // "Pashinyan announced a new proposal." then "“In our assessment, we have found a solution…”": his words. A
        // sentence going on about the people just named ("The leaders later met …") tells something else of them.
        if (BackReference().IsMatch(next) || fact.Fact.Speaker is not null && next.StartsWith('\u201c')) return true;
        var match = DefiniteNoun().Match(next);
        return match.Success && fact.Fact.Text.Contains(match.Groups[1].Value, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Openings that add to what came before on their own ("In addition, four structures …").</summary>
    private const string AddingOpenings = "In addition|Additionally|Furthermore|Besides";

    // A connective may come first: "However, these protests did not impede…" leans on the sentence before, and one
    // that adds to it ("In addition, four structures …") does on its own. "This year" points at a time, not back.
    [GeneratedRegex($@"^(?:(?:{AddingOpenings})\b|(?:(?:However|But|Yet|Still|Meanwhile|Nevertheless|Instead|Moreover|Also|And|So),?\s+)?(?:He|She|It|They|This|These|Those|His|Her|Its|Their|The latter|The former|[Hh]e|[Ss]he|[Tt]hey|[Tt]his|[Tt]hese|[Tt]hose|[Tt]heir)\b(?!\s+(?:year|month|week|spring|summer|autumn|fall|winter|time)\b))")]
    private static partial Regex BackReference();

    [GeneratedRegex(@"\s(?:these|those|the two|the three) [a-z]")]
    private static partial Regex InnerBackReference();

    [GeneratedRegex(@"\sthese [a-z]")]
    private static partial Regex InnerThese();

    [GeneratedRegex(@"^The (?:two )?(?:leaders|ministers|envoys|presidents|diplomats|interlocutors)\b")]
    private static partial Regex PeopleBackReference();

    [GeneratedRegex($@"^(?:{AddingOpenings}|Moreover|Also)\b")]
    private static partial Regex Addition();

    [GeneratedRegex(@"^(?:The|These|This|Such) ([a-z]{4,})")]
    private static partial Regex DefiniteNoun();
}
