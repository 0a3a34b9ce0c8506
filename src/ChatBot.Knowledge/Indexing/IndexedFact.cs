using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Answers.Composing;

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
    /// When what the sentence reports happened: the latest date it names that is not after publication (a planned
    /// meeting is not news yet), its end capped at publication ("this year"); when it names none, the publication
    /// date with <see cref="DatePrecision.Source"/>.
    /// </summary>
    public EventDate When { get; } = DateOf(Fact, Source.Published);

    /// <summary>The date used to order facts: the last day <see cref="When"/> can mean, never after publication.</summary>
    public DateOnly EffectiveDate => When.Latest;

    /// <summary>True when the sentence itself dates what it reports (not only its source).</summary>
    public bool IsDated => When.Precision != DatePrecision.Source;

    /// <summary>Terms of the passage cited for this fact (the sentence and the neighbours it leans on).</summary>
    /// <remarks>Worked out on first use: most facts are never cited, and opening a generation should not pay for them.</remarks>
    public IReadOnlySet<string> PassageTerms
    {
        get => _passage.Terms ??= PassageTermsOf(this);
        internal set => _passage.Terms = value;
    }

    // A holder that never changes, so filling it in later leaves the record's equality and hash code alone.
    private readonly PassageCache _passage = new();

    // A passage of one sentence shares its sentence's set; a longer one gets the union of its sentences'.
    private static IReadOnlySet<string> PassageTermsOf(IndexedFact fact)
    {
        var sentences = PassageBuilder.Sentences(fact, wholeQuotations: false);
        if (sentences.Count == 1) return fact.Terms;
        var pool = sentences.Select(f => f.Terms).OfType<TermSet>().FirstOrDefault(t => t.Count > 0)?.Pool ?? new TermPool();
        return TermSet.From(sentences.SelectMany(f => f.Terms), pool);
    }

    // Runs for every fact when a generation opens, so it walks the dates without allocating.
    private static EventDate DateOf(Fact fact, DateOnly published)
    {
        EventDate? latest = null;
        foreach (var date in fact.Dates)
        {
            if (date.Date <= published && (latest is null || date.Latest > latest.Latest)) latest = date;
        }

        if (latest is null) return new EventDate(published, DatePrecision.Source, default);
        return latest.Latest > published ? latest with { EndDate = published } : latest;
    }

    private sealed class PassageCache
    {
        public IReadOnlySet<string>? Terms { get; set; }
    }
}
