using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Answers.Reading;
using ChatBot.Knowledge.Answers.Retrieval;
using ChatBot.Knowledge.Answers.Ranking;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>
/// "What is Azerbaijan's position on X", "what did Aliyev say about X": the party's statements on the topic, newest
/// first, each with who said it, where and when.
/// </summary>
internal static class PositionComposer
{
    internal const int MaxStatements = 4;

    public static Answer? Compose(ParsedQuestion question, CorpusModel model, KnowledgeText text, IReadOnlyList<ScoredFact> ranked, Gazetteer gazetteer)
    {
        var party = question.Parties[0];
        // "What did Blinken say about how close a deal was?" asks for one thing he said: the statement that says it
        // leads, however many others the same or a newer report quotes. Asked with nothing more ("what has Blinken
        // been saying?"), the newest statements lead.
        var closestFirst = question.Concepts.Any(c => !c.FromFocus);
        var statements = Statements(question, party, model, ranked, gazetteer, MaxStatements, closestFirst: closestFirst);
        if (statements.Count == 0) statements = ClosestStatement(question, party, model, gazetteer);
        if (statements.Count == 0) return null;
        var citations = new CitationFactory(model);
        var lines = statements.Select(f => Line(f, party, question, text, citations, null)).ToList();
        var order = closestFirst ? "closest to the question first" : "newest first";
        var notice = $"Statements by or for {party.Label}, {order}. {LatestStatusComposer.Freshness(statements)}";
        return new Answer(AnswerKind.Position, lines, citations.Citations, notice, [], null);
    }

    /// <summary>
    /// The party's statements on the question's topic (or words): newest first, most relevant first on the same date;
    /// or, when <paramref name="closestFirst"/>, the one closest to the question first: by its words, and by meaning
    /// to what is asked of the party (the question without the party's name, which every statement of theirs is near).
    /// </summary>
    internal static List<ScoredFact> Statements(ParsedQuestion question, Party party, CorpusModel model, IReadOnlyList<ScoredFact> ranked, Gazetteer gazetteer, int max, Func<ScoredFact, bool>? keep = null, bool closestFirst = false)
    {
        var occasions = Occasions(question, party, ranked);
        var onTopic = question.Topic is not null || question.Concepts.Count == 0
            ? TopicFacts(question, model, ranked)
            : ranked.Where(f => f.Coverage >= DirectAnswerComposer.MinSupport || f.Support >= DirectAnswerComposer.MinSupport || occasions.Any(o => Follows(f.Fact, o)))
                .Concat(InSources(question, party, model, ranked));
        var traits = FactTraits.Of(model);
        var stated = onTopic.Where(f => traits.States(f.Fact, party, gazetteer) && (keep is null || keep(f))).ToList();
        // "… who hosted?" then "how did Mirzoyan describe it afterwards?": when nothing found for the follow-up's words is
        // a statement of theirs, their statements in the article the conversation is on are what "it" may be.
        var focusFile = question.IsFollowUp && stated.All(f => f.Score <= 0) ? question.Focus?.Passage?.File : null;
        if (focusFile is not null)
        {
            var have = stated.Select(f => f.Fact.Id).ToHashSet();
            var scored = ranked.ToDictionary(f => f.Fact.Id);
            stated.AddRange(model.FactsOf(focusFile).Where(f => !have.Contains(f.Id) && traits.States(f, party, gazetteer)).Select(f => scored.GetValueOrDefault(f.Id) ?? new ScoredFact(f, 0, 0, 0, null)).Where(f => keep is null || keep(f)));
        }
        // On a broad topic, statements that use the question's own words ("the Zangezur corridor") come before the
        // rest of the topic ("a railway proposal"); the rest only fills in when there are none.
        var onTerms = question.Concepts.Count == 0 ? [] : stated.Where(f => question.Coverage(f.Fact.PassageTerms) > 0 || f.Fact.Source.File == focusFile).ToList();
        var found = onTerms.Count > 0 ? onTerms : stated;
        return (closestFirst ? found.OrderByDescending(f => f.Score + question.SubjectMeaning.Closeness(f.Fact.Id)).ToList() : LatestStatusComposer.NewestFirst(found, model))
            .Take(max)
            .ToList();
    }

    /// <summary>
    /// A person's statement answers "what did they say about …" by meaning when its closeness to the whole question
    /// and to what is asked of them (the question without their name) add up to this. Every statement of a person
    /// is close to a question naming them, so the name alone can't carry it: calibrated on the tuning sets and
    /// questions on subjects the sources never give a speaker's view of ("what did Bayramov say about football?"
    /// reached 0.8, reworded ones the sources answer 0.93 and more).
    /// </summary>
    private const double MinStatementCloseness = 0.9;

    /// <summary>
    /// "What did Blinken say about how close the two sides were to a deal?": a speaker's words seldom repeat the
    /// asker's ("within reach"), so when none of the person's statements shares enough of the question's words, the
    /// one closest to it in meaning answers, if it is close both to the question and to what is asked of them.
    /// </summary>
    private static List<ScoredFact> ClosestStatement(ParsedQuestion question, Party party, CorpusModel model, Gazetteer gazetteer)
    {
        if (party.Person is null || !question.Meaning.IsKnown || !question.SubjectMeaning.IsKnown) return [];
        var traits = FactTraits.Of(model);
        var (statement, closeness) = model.Facts
            .Where(f => traits.States(f, party, gazetteer))
            .Select(f => (Fact: f, Closeness: ToQuestion(f) + question.SubjectMeaning.Closeness(f.Id)))
            .DefaultIfEmpty()
            .MaxBy(c => c.Closeness);
        if (statement is null || closeness < MinStatementCloseness) return [];
        var standout = question.Meaning.Standout(statement.Id);
        return standout < DirectAnswerComposer.MinParaphraseStandout
            ? []
            : [new ScoredFact(statement, 0, 0, 0, null) { Meaning = question.Meaning.Closeness(statement.Id), Standout = standout }];

        // Asked of "the top US diplomat", a statement is as close as it is to the question naming Blinken.
        double ToQuestion(IndexedFact fact) => question.NamedSpeakerMeaning.IsKnown
            ? Math.Max(question.Meaning.Closeness(fact.Id), question.NamedSpeakerMeaning.Closeness(fact.Id))
            : question.Meaning.Closeness(fact.Id);
    }

    internal static AnswerLine Line(ScoredFact fact, Party party, ParsedQuestion question, KnowledgeText text, CitationFactory citations, string? group)
    {
        var who = StanceMatcher.Who(fact.Fact, party);
        var label = group is null || string.Equals(group, who, StringComparison.Ordinal) ? who : $"{group} \u2014 {who}";
        var prefix = $"{label} ({LatestStatusComposer.SourceName(fact.Fact)}, {DateText.Of(fact.Fact.When)}):";
        return LeadBuilder.Build(fact with { AnswerSpan = null }, question, text.Terms, prefix, [citations.Cite(fact.Fact)]);
    }

    /// <summary>
    /// "What did Bayramov say after the Washington talks?": a person's sentences needn't repeat the occasion; those
    /// in an article whose opening is about it ("high-level talks in Washington") count too.
    /// </summary>
    private static IEnumerable<ScoredFact> InSources(ParsedQuestion question, Party party, CorpusModel model, IReadOnlyList<ScoredFact> ranked)
    {
        if (party.Person is null) return [];
        var seen = ranked.Select(f => f.Fact.Id).ToHashSet();
        // Whether an article's opening covers the question is worked out once per article, not once per sentence.
        var covered = new Dictionary<string, bool>(StringComparer.Ordinal);
        return model.Facts
            .Where(f => !seen.Contains(f.Id) && Covers(f.Source.File))
            .Select(f => new ScoredFact(f, 0, 0, 0, null));

        bool Covers(string file)
        {
            if (!covered.TryGetValue(file, out var covers)) covered[file] = covers = question.Coverage(SourceTerms.Of(model, file)) >= DirectAnswerComposer.MinSupport;
            return covers;
        }
    }

    /// <summary>How many of the sentences best matching the occasion ("after he met Pashinyan in New York") may be it.</summary>
    private const int OccasionCandidates = 3;

    /// <summary>How many paragraphs after the occasion's a statement on it may stand.</summary>
    private const int OccasionReach = 3;

    /// <summary>
    /// "What did Erdogan say after he met Pashinyan in New York?": the occasion is told first, and what the person
    /// said of it in the sentences and few paragraphs after it ("Erdogan's office stated …"), in words of its own;
    /// the sentences best matching the question are where the occasion may be told.
    /// </summary>
    private static List<IndexedFact> Occasions(ParsedQuestion question, Party party, IReadOnlyList<ScoredFact> ranked) =>
        party.Person is not null && question.AskedWords.Overlaps(QuestionVocabulary.Default.AnchorWords)
            ? ranked.Where(f => f.Coverage >= DirectAnswerComposer.MinSupport).Take(OccasionCandidates).Select(f => f.Fact).ToList()
            : [];

    private static bool Follows(IndexedFact statement, IndexedFact occasion) =>
        string.Equals(statement.Source.File, occasion.Source.File, StringComparison.Ordinal)
        && (statement.Paragraph.Number == occasion.Paragraph.Number && statement.SentenceIndex > occasion.SentenceIndex
            || statement.Paragraph.Number > occasion.Paragraph.Number && statement.Paragraph.Number <= occasion.Paragraph.Number + OccasionReach);

    private static IEnumerable<ScoredFact> TopicFacts(ParsedQuestion question, CorpusModel model, IReadOnlyList<ScoredFact> ranked)
    {
        if (question.Topic is not null) return LatestStatusComposer.Relevant(question, model, ranked);
        return model.Facts.Select(f => new ScoredFact(f, 0, 0, 0, null));
    }
}
