using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Facts;

namespace ChatBot.Knowledge.Indexing;

/// <summary>A fact with its place in the corpus and its analyzed terms, kept in memory beside the index.</summary>
/// <param name="Id">Ordinal in the snapshot; the Lucene fact document stores it.</param>
/// <param name="Source">The article it comes from.</param>
/// <param name="Paragraph">The body paragraph that holds it.</param>
/// <param name="SentenceIndex">0-based position of the sentence in its paragraph.</param>
/// <param name="Fact">What was extracted from the sentence.</param>
/// <param name="Terms">Stemmed terms (aliases included) of the sentence.</param>
internal sealed record IndexedFact(int Id, Source Source, IndexedParagraph Paragraph, int SentenceIndex, Fact Fact, IReadOnlySet<string> Terms)
{
    /// <summary>
    /// The date used to order facts: the latest date the sentence names, else the publication date. Never later
    /// than the publication date: "this year" or a planned meeting is not news from the future.
    /// </summary>
    public DateOnly EffectiveDate { get; } = Fact.Dates.Count == 0
        ? Source.Published
        : new[] { Fact.Dates.Max(d => d.Latest), Source.Published }.Min();

    public bool IsDated => Fact.Dates.Count > 0;

    /// <summary>Terms of the passage cited for this fact (the sentence and the neighbours it leans on).</summary>
    public IReadOnlySet<string> PassageTerms { get; internal set; } = new HashSet<string>();
}
