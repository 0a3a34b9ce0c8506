using System.Runtime.CompilerServices;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Answers.Reading;
using ChatBot.Knowledge.Answers.Ranking;
using ChatBot.Knowledge.Answers.Retrieval;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>
/// "What's the latest on X": the newest relevant fact first (newest event, then newest source), then a few earlier
/// dated milestones, then, when recent sources disagree about the state of things, one line for each view with who
/// said it; the notice says how fresh the newest source is.
/// </summary>
internal static class LatestStatusComposer
{
    private const int Milestones = 3;

    /// <summary>How far back from the newest fact a contrasting view still counts as current.</summary>
    private const int DisagreementMonths = 6;

    /// <summary>How long before its source's publication a dated event still counts as that source's news.</summary>
    private const int RecentEventMonths = 3;

    /// <summary>How far out in closeness (standard deviations) a fact sharing few words must stand to be about the subject.</summary>
    private const double RelevantStandout = 2.0;

    /// <summary>
    /// The share of a question's words a fact on a broad topic must match to lead as news on something narrower in it.
    /// Calibrated on the tuning sets: 0.6 and 0.75 moved the same questions to the right fact and none away, and 0.6
    /// also those whose extra words ("… since the checkpoint went up") the fact doesn't share.
    /// </summary>
    private const double CloseSupport = 0.6;

    /// <summary>What a status cue in the sentence ("progress", "stalled") adds to its relevance on the same day.</summary>
    private const double StatusCueBonus = 0.3;

    /// <summary>
    /// How much a paragraph's closeness in meaning as a whole counts among facts of the same day: "Pashinyan addressed
    /// Aliyev's demands concerning constitutional amendments and the dissolution of the OSCE Minsk Group" names the
    /// Minsk Group in passing, while the paragraph after it is all about it. Calibrated on the tuning sets: 2 to 10
    /// moved status questions to the paragraph on their subject and none away; 6 is the middle of that range.
    /// </summary>
    private const double ParagraphMeaningWeight = 6;

    public static Answer? Compose(ParsedQuestion question, CorpusModel model, KnowledgeText text, IReadOnlyList<ScoredFact> ranked)
    {
        IReadOnlyList<ScoredFact> ordered;
        string freshness;
        if (question.Topic is { } topic)
        {
            // A broad topic holds thousands of facts; the answer reads the newest few, so only those are scored and ordered.
            var onTopic = TopicFacts.Of(model, topic.Id);
            if (onTopic.InCorpusOrder.Count == 0) return null;
            ordered = OnTopicNewestFirst(question, model, onTopic, ranked);
            freshness = Freshness(onTopic.NewestSource);
        }
        else
        {
            var relevant = Relevant(question, model, ranked);
            if (relevant.Count == 0) return null;
            ordered = NewestFirst(relevant, model, question.Meaning);
            freshness = Freshness(relevant);
        }

        var citations = new CitationFactory(model);
        // On a subject outside the topics, the facts were found by words and meaning, and the newest may only be near
        // it ("Russian", "foreign ministers"): the lead is the newest that is about it, in its words or in others, when
        // any is. So may the newest on a topic when the question asks about people on it ("Pashinyan and Erdogan"), or
        // about something narrower that the topic's newest fact hardly touches.
        var about = question.Topic is null || SubjectPeople(question).Count > 0 ? ordered.Where(AboutSubject(question)).ToList() : NarrowerThanTopic(question, ordered);
        var candidates = about.Count > 0 ? about : ordered;
        var lead = WholeSentence(Lead(candidates, QuestionVocabulary.Default.StateWords.Overlaps(question.AskedWords)), candidates);
        var newest = StoryEnd(lead, OnSubject(question, ranked));
        var lines = new List<AnswerLine>
        {
            LeadBuilder.Build(newest, question, text.Terms, $"As of {DateText.Day(newest.Fact.EffectiveDate)} ({SourceName(newest.Fact)}):", [citations.Cite(newest.Fact, withContext: true)]),
        };
        var seen = new HashSet<string>(StringComparer.Ordinal) { DateText.Of(newest.Fact.When) };
        foreach (var earlier in ordered.Skip(1).Where(f => f.Fact.When.Precision >= DatePrecision.Month && f.Fact.EffectiveDate < newest.Fact.EffectiveDate && seen.Add(DateText.Of(f.Fact.When))).Take(Milestones))
        {
            lines.Add(LeadBuilder.Build(earlier, question, text.Terms, $"{DateText.Of(earlier.Fact.When)}:", [citations.Cite(earlier.Fact)]));
        }

        var views = Disagreement(ordered, model);
        foreach (var (state, fact) in views)
        {
            var label = StatusVocabulary.Default.Labels[state];
            lines.Add(LeadBuilder.Build(fact, question, text.Terms, $"{label}: {Attribution(fact.Fact)}:", [citations.Cite(fact.Fact)]));
        }

        var differ = views.Count > 0 ? "Sources differ on where things stand: both views are shown. " : "";
        return new Answer(AnswerKind.LatestStatus, lines, citations.Citations, differ + freshness, [], null);
    }

    /// <summary>
    /// Newest event first, then newest source; on the same day a dated report beats an undated one, then one about
    /// the subject itself (see <see cref="IsAbout"/>) one only near it, then relevance by words and meaning.
    /// </summary>
    internal static List<ScoredFact> NewestFirst(IEnumerable<ScoredFact> facts, CorpusModel model, QuestionMeaning? paragraphs = null)
    {
        var relevance = RelevanceOf(model, paragraphs);
        // Each key is worked out once per fact, not once per comparison: a broad topic has thousands of facts.
        var keyed = facts.Select((f, at) => new NewestFirstKey(f, relevance(f), at)).ToArray();
        Array.Sort(keyed);
        return keyed.Select(k => k.Fact).ToList();
    }

    /// <summary>The facts on a topic in <see cref="NewestFirst"/> order, scored as <see cref="Relevant"/> scores them, read only as far as needed.</summary>
    internal static IReadOnlyList<ScoredFact> OnTopicNewestFirst(ParsedQuestion question, CorpusModel model, OnTopic onTopic, IReadOnlyList<ScoredFact> ranked) =>
        new NewestOnTopic(onTopic.NewestFirst, OnTopicScorer(question, ranked), RelevanceOf(model, question.Meaning));

    /// <summary>
    /// What orders facts of the same day and source in <see cref="NewestFirst"/>: one about the subject itself before
    /// one only near it, then words, meaning (its own and, for a status, its paragraph's) and a status cue.
    /// </summary>
    /// <param name="model">The generation the facts come from.</param>
    /// <param name="paragraphs">For a status, the question's meaning, to weigh each fact's whole paragraph by; else null.</param>
    internal static Func<ScoredFact, (bool About, double Relevance)> RelevanceOf(CorpusModel model, QuestionMeaning? paragraphs)
    {
        var traits = FactTraits.Of(model);
        return f => (IsAbout(f), f.Score + f.Meaning + (paragraphs is null ? 0 : ParagraphMeaningWeight * paragraphs.ParagraphCloseness(f.Fact.Paragraph)) + (traits.HasStatusCue(f.Fact) ? StatusCueBonus : 0));
    }

    private readonly record struct NewestFirstKey(ScoredFact Fact, (bool About, double Relevance) Relevance, int At) : IComparable<NewestFirstKey>
    {
        public int CompareTo(NewestFirstKey other)
        {
            int order;
            if ((order = TopicFacts.SameNewness(Fact.Fact, other.Fact.Fact)) != 0) return order;
            if ((order = other.Relevance.CompareTo(Relevance)) != 0) return order;
            // The same fact listed twice keeps the order it came in.
            return (order = Fact.Fact.Id.CompareTo(other.Fact.Fact.Id)) != 0 ? order : At.CompareTo(other.At);
        }
    }

    /// <summary>
    /// "The latest on X" asks for news: the newest source's latest dated event ("Rubinyan and Kilic met again in
    /// early November") leads rather than its undated background ("Turkish officials have consistently
    /// emphasized..."), which only carries the publication date. "The status of X" asks for the state of things,
    /// which the undated summary ("the sides are working on the 11th draft") gives; so does a source that dates
    /// nothing recent on the subject.
    /// </summary>
    /// <remarks>
    /// <paramref name="newestFirst"/> is in <see cref="NewestFirst"/> order, so it is read only as far as the answer
    /// depends on it: the newest date another source reports is that of the first fact from another source.
    /// </remarks>
    internal static ScoredFact Lead(IReadOnlyList<ScoredFact> newestFirst, bool asksForState)
    {
        var first = newestFirst[0];
        if (asksForState || IsDatedEvent(first)) return first;
        var published = first.Fact.Source.Published;
        // Still news only when nothing another source reports is newer, and not long before publication.
        var others = newestFirst.FirstOrDefault(f => f.Fact.Source.Published != published)?.Fact.EffectiveDate ?? DateOnly.MinValue;
        var recent = published.AddMonths(-RecentEventMonths);
        return newestFirst
            .TakeWhile(f => f.Fact.EffectiveDate >= recent)
            .FirstOrDefault(f => IsDatedEvent(f) && f.Fact.Source.Published == published && f.Fact.EffectiveDate > others && SaysSomethingOfItsOwn(f)) ?? first;
    }

    /// <summary>
    /// "In interviews on December 18 and 19, leaders … outlined their positions on these outstanding issues" is dated
    /// but says nothing of its own: it names what it is about only by pointing back, and none of the question's words.
    /// It is no news to lead with; the sentence it points back to is.
    /// </summary>
    private static bool SaysSomethingOfItsOwn(ScoredFact fact) =>
        fact.Coverage > 0 || !PassageBuilder.PointsBackInside(fact.Fact.Fact.Text);

    /// <summary>
    /// "- The removal of the European Monitoring Mission …" is an item of someone's list of demands, not news on the
    /// mission: a status leads with the newest sentence of its own when the lead is a list item and the facts hold one.
    /// </summary>
    private static ScoredFact WholeSentence(ScoredFact lead, IReadOnlyList<ScoredFact> newestFirst) =>
        ListItems.IsItem(lead.Fact.Paragraph.Block.Text)
            ? newestFirst.FirstOrDefault(f => !ListItems.IsItem(f.Fact.Paragraph.Block.Text)) ?? lead
            : lead;

    /// <summary>
    /// About the subject itself: the fact covers most of the question's words and stands out in meaning for it (when
    /// there are sentence vectors), not only sharing a word or two ("Russian", "foreign minister").
    /// </summary>
    internal static bool IsAbout(ScoredFact fact) =>
        fact.Support >= DirectAnswerComposer.MinSupport && (fact.Standout == 0 || fact.Standout >= DirectAnswerComposer.MinStandout);


    /// <summary>
    /// "Any news on the Red Cross getting patients out of Karabakh?" names a topic ("Nagorno-Karabakh") and asks about
    /// something narrower in it: when the topic's facts hold some matching the question's own words closely and
    /// standing far out in meaning, while its newest fact barely shares a word, the newest of those close ones lead.
    /// </summary>
    private static List<ScoredFact> NarrowerThanTopic(ParsedQuestion question, IReadOnlyList<ScoredFact> newestFirst)
    {
        if (newestFirst.Count == 0 || newestFirst[0].Support >= DirectAnswerComposer.MinSupport || OnlyNamesTheTopic(question)) return [];
        return newestFirst.Where(f => f.Support >= CloseSupport && f.Standout >= DirectAnswerComposer.ParaphraseStandout).ToList();
    }

    /// <summary>
    /// "What's the latest on mediation?" asks about the whole topic in its own name: every fact on it is about it, so
    /// the newest leads even when it puts it in other words ("shifted the focus … to a bilateral framework").
    /// </summary>
    private static bool OnlyNamesTheTopic(ParsedQuestion question)
    {
        if (question.Topic is not { } topic) return false;
        var names = TopicNameWords.GetValue(topic, t => t.Aliases.Append(t.Name).SelectMany(a => a.ToLowerInvariant().Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal));
        var own = question.Concepts.Where(c => !c.FromFocus).ToList();
        return own.Count > 0 && own.All(c => names.Contains(c.Word));
    }

    private static readonly char[] NameSeparators = [' ', '-', '(', ')', '\'', '\u2019'];

    /// <summary>The words of each topic's name and aliases, split once per topic rather than once per question.</summary>
    private static readonly ConditionalWeakTable<Topic, HashSet<string>> TopicNameWords = new();

    /// <summary>
    /// What makes a fact about the question's subject (see <see cref="IsAbout"/>, <see cref="IsAboutInMeaning"/> and
    /// <see cref="NamesAskedSide"/>). A subject that is only a known
    /// person ("what has Mirzoyan been up to") is anything the person did or said: a sentence naming them is about
    /// them even when it stands out in meaning for nothing else in the question, since the question asks nothing else.
    /// </summary>
    internal static Func<ScoredFact, bool> AboutSubject(ParsedQuestion question)
    {
        var people = SubjectPeople(question);
        if (people.Count > 0) return f => f.Fact.Fact.Entities.Any(e => e.Kind == EntityKind.Person && people.Contains(e.Name));
        var named = NamesAskedSide(question);
        return f => (IsAbout(f) || IsAboutInMeaning(f)) && named(f);
    }

    /// <summary>
    /// "Blinken's role", "that Moscow-hosted meeting": a fact about what the question names names it too, or, for a
    /// capital, its country ("Moscow's stance" / "Russia's Federal Security Service"); "Russia's role" is not about
    /// Blinken's, however many words it shares. A country's own body stands for it ("the Russian Federal Security
    /// Service's Border Guard units" for "Russia's role"). True for every fact when the question names nothing known.
    /// </summary>
    private static Func<ScoredFact, bool> NamesAskedSide(ParsedQuestion question)
    {
        var asked = question.Entities.Where(e => e.IsKnown).ToList();
        if (asked.Count == 0) return _ => true;
        var positions = PositionVocabulary.Default;
        var names = asked.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var countries = asked.Where(e => e.Side is not null && positions.IsCapital(e)).Select(e => e.Side!).ToHashSet(StringComparer.Ordinal);
        var bodiesOf = asked.Where(e => e.Side is not null && positions.IsCountry(e)).Select(e => e.Side!).ToHashSet(StringComparer.Ordinal);
        return f => f.Fact.Fact.Entities.Any(e => names.Contains(e.Name)
            || e.Side is not null && countries.Contains(e.Side) && positions.IsCountry(e)
            || e.Side is not null && bodiesOf.Contains(e.Side) && e.Kind == EntityKind.Organization);
    }

    /// <summary>
    /// "The US role in the talks": a fact that says it in other words ("the United States and France have been at
    /// the forefront …") shares few of the question's words but stands far out in meaning, as <see cref="Relevant"/>
    /// counts it, while one sharing its most common words ("its diminished role") does not.
    /// </summary>
    private static bool IsAboutInMeaning(ScoredFact fact) =>
        fact.Standout >= RelevantStandout && fact.Support >= DirectAnswerComposer.MinMeaningSupport;

    /// <summary>The known people the question's own words name, when its words name nothing else; else empty.</summary>
    private static HashSet<string> SubjectPeople(ParsedQuestion question)
    {
        var people = question.Entities.Where(e => e.IsKnown && e.Kind == EntityKind.Person).ToList();
        var text = question.Text.ToLowerInvariant();
        var names = people.Select(p => p.Span.Of(text)).ToList();
        var own = question.Concepts.Where(c => !c.FromFocus).ToList();
        var onlyPeople = people.Count > 0 && own.Count > 0 && own.All(c => names.Any(n => n.Contains(c.Word, StringComparison.Ordinal)));
        return onlyPeople ? people.Select(p => p.Name).ToHashSet(StringComparer.Ordinal) : [];
    }

    private static bool IsDatedEvent(ScoredFact fact) => TopicFacts.IsDatedEvent(fact.Fact);

    /// <summary>
    /// An undated lead's story told on in its paragraph: the sentences after it that go on with it (see
    /// <see cref="TellsOn"/>: "These demonstrations later moved …", "However, these protests … eventually fizzled
    /// out") report what came of it, so the last of them still on the subject is the newest word on it.
    /// </summary>
    /// <param name="lead">The lead chosen by date and relevance.</param>
    /// <param name="onSubject">The sentence scored for the question, or null when it is not on the question's subject.</param>
    internal static ScoredFact StoryEnd(ScoredFact lead, Func<IndexedFact, ScoredFact?> onSubject)
    {
        if (lead.Fact.IsDated) return lead;
        var sentences = lead.Fact.Paragraph.Facts;
        var end = lead;
        for (var next = lead.Fact.SentenceIndex + 1; next < sentences.Count && TellsOn(sentences[next]); next++)
        {
            end = onSubject(sentences[next]) ?? end;
        }

        return end;
    }

    /// <summary>
    /// An undated sentence that points back and reports no one's words goes on with the story ("However, these
    /// protests … eventually fizzled out"); one reporting what someone said ("He asserted that addressing these issues
    /// would remove all obstacles") only goes on with their statement, which the lead already gives.
    /// </summary>
    private static bool TellsOn(IndexedFact sentence) =>
        !sentence.IsDated && sentence.Fact.Speaker is null && PassageBuilder.LeansBack(sentence.Fact.Text);

    /// <summary>A sentence scored for the question when it shares some of the question's words.</summary>
    private static Func<IndexedFact, ScoredFact?> OnSubject(ParsedQuestion question, IReadOnlyList<ScoredFact> ranked)
    {
        var score = OnTopicScorer(question, ranked);
        return f => score(f) is { Coverage: > 0 } scored ? scored : null;
    }

    /// <summary>A fact on the question's topic as <see cref="Relevant"/> scores it: as ranked when it was retrieved, else by the words it covers.</summary>
    private static Func<IndexedFact, ScoredFact> OnTopicScorer(ParsedQuestion question, IReadOnlyList<ScoredFact> ranked)
    {
        var byId = ranked.ToDictionary(f => f.Fact.Id);
        return f => byId.GetValueOrDefault(f.Id) ?? new ScoredFact(f, question.Coverage(f.Terms), 0, question.Coverage(f.Terms), null)
        {
            Meaning = question.Meaning.Closeness(f.Id),
            Standout = question.Meaning.Standout(f.Id),
        };
    }

    /// <summary>Facts on the question's topic when it names one, else facts that cover most of its words.</summary>
    internal static List<ScoredFact> Relevant(ParsedQuestion question, CorpusModel model, IReadOnlyList<ScoredFact> ranked)
    {
        if (question.Topic is { } topic) return TopicFacts.Of(model, topic.Id).InCorpusOrder.Select(OnTopicScorer(question, ranked)).ToList();

        // Any subject the sources cover: facts that share most of its words, or that stand out in meaning and share some.
        return ranked.Where(f => f.Support >= DirectAnswerComposer.MinSupport
            || question.Meaning.IsKnown && f.Standout >= RelevantStandout && f.Support >= DirectAnswerComposer.MinMeaningSupport).ToList();
    }

    /// <summary>"The newest source on this is from 20 December 2024."</summary>
    internal static string Freshness(IEnumerable<ScoredFact> facts) =>
        Freshness(facts.Select(f => f.Fact.Source.Published).DefaultIfEmpty().Max());

    private static string Freshness(DateOnly newest) =>
        newest != default ? $"The newest source on this is from {DateText.Day(newest)}." : "";

    /// <summary>
    /// The newest fact for each contrasting state among the recent ones, when the recent facts hold more than one
    /// state; empty when they agree. <paramref name="newestFirst"/> is in <see cref="NewestFirst"/> order, so the
    /// recent ones come first.
    /// </summary>
    internal static List<(string State, ScoredFact Fact)> Disagreement(IEnumerable<ScoredFact> newestFirst, CorpusModel model)
    {
        if (newestFirst.FirstOrDefault() is not { } newest) return [];
        var since = newest.Fact.EffectiveDate.AddMonths(-DisagreementMonths);
        var traits = FactTraits.Of(model);
        var views = newestFirst
            .TakeWhile(f => f.Fact.EffectiveDate >= since)
            .Select(f => (State: traits.ViewOf(f.Fact), Fact: f))
            .Where(v => v.State is not null)
            .GroupBy(v => v.State!, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().Fact))
            .ToList();
        return views.Count > 1 ? views : [];
    }

    internal static string Day(DateOnly date) => DateText.Day(date);

    /// <summary>The publisher without the catalog's note on how it was inferred, else the title.</summary>
    internal static string SourceName(IndexedFact fact) =>
        fact.Source.Publisher is { Length: > 0 } publisher
            ? publisher.Split(" (", 2, StringSplitOptions.None)[0].Trim()
            : fact.Source.Title;

    /// <summary>"Antony Blinken (OC Media, 5 May 2023)", or "The Armenian Weekly, 10 May 2023" when no one is named.</summary>
    internal static string Attribution(IndexedFact fact) =>
        fact.Fact.Speaker is { } speaker
            ? $"{speaker} ({SourceName(fact)}, {DateText.Of(fact.When)})"
            : $"{SourceName(fact)}, {DateText.Of(fact.When)}";
}
