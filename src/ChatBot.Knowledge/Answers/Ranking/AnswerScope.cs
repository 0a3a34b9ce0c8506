using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ChatBot.Knowledge.Data;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Answers.Reading;
using ChatBot.Knowledge.Answers.Retrieval;
using Lucene.Net.Analysis.En;

namespace ChatBot.Knowledge.Answers.Ranking;

/// <summary>
/// Checks that a lead sentence answers what was asked, not only something near it: a quantity question's sentence
/// holds a number of the right kind, a multi-word name ("Treaty of Kars") is matched as a phrase, a year the
/// question names is one the sources speak of, "what did X say" quotes or names X, a when-question's date sits
/// by the asked event, and a question about what happened is not answered by a sentence that only foretells it.
/// Data/scope.json holds the words it relies on.
/// </summary>
internal static partial class AnswerScope
{
    /// <param name="MinValue">The least value a count of it has ("population": 1,000).</param>
    /// <param name="Units">The units it is given in.</param>
    /// <param name="OnlyHowMuch">
    /// A noun that asks for a measure only after "how much"/"how many" ("how much land"); elsewhere ("what else went
    /// over: buildings, land?") it asks for the thing itself.
    /// </param>
    private sealed record QuantityNoun(decimal MinValue, List<string> Units, bool OnlyHowMuch = false);

    /// <summary>The measure <paramref name="word"/> asks for in <paramref name="question"/>, if it asks for one.</summary>
    private static QuantityNoun? AskedMeasure(ParsedQuestion question, string word) =>
        Data.QuantityNouns.TryGetValue(word, out var noun) && (!noun.OnlyHowMuch || question.AnswerType == AnswerType.Quantity) ? noun : null;

    private sealed record File(
        Dictionary<string, QuantityNoun> QuantityNouns,
        List<string> NameConnectors,
        List<string> SayVerbs,
        int DateWindow,
        List<string> PastAuxiliaries,
        List<string> ExpectationCues,
        List<string> ForetellingCues,
        HashSet<string> AnswerKindNouns,
        List<string> WholeWords,
        List<string> PartNouns,
        int CountReach,
        HashSet<string> PhraseEnders);

    /// <summary>How far into a question its past auxiliary comes ("so what did", "and where was").</summary>
    private const int PastAuxiliaryReach = 4;

    private static readonly File Data = DataFile.Load<File>("scope.json");
    private static readonly IReadOnlyList<CuePhrase> Expectations = Data.ExpectationCues.Select(c => new CuePhrase(c)).ToList();
    private static readonly IReadOnlyList<CuePhrase> Foretellings = Data.ForetellingCues.Select(c => new CuePhrase(c)).ToList();

    /// <summary>Several capitalised words in a row, maybe joined by a connector ("Treaty of Kars").</summary>
    private static readonly Regex NamePhrase = new(
        $@"\b[A-Z][\p{{L}}\p{{N}}]+(?:\s+(?:(?:{string.Join('|', Data.NameConnectors.Select(Regex.Escape))})\s+)?[A-Z][\p{{L}}\p{{N}}]+)+",
        RegexOptions.None,
        TimeSpan.FromSeconds(1));

    /// <summary>True when <paramref name="fact"/> answers the question as far as these checks can tell.</summary>
    public static bool Answers(ParsedQuestion question, IndexedFact fact, CorpusModel model, KnowledgeText text)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(fact);
        return HasAskedQuantity(question, fact.Fact)
            && CountsAskedThing(question, fact.Fact)
            && MatchesAskedSide(question, fact.Fact)
            && MatchesNamePhrases(question, fact, model)
            && MatchesYears(question, fact, model)
            && NamesSpeaker(question, fact)
            && IsEverQuoted(question, model)
            && QuotesAskedSpeaker(question, fact.Fact)
            && DatesAskedEvent(question, fact, model, text)
            && ReportsWhatHappened(question, fact.Fact)
            && NamesAskedThing(question, fact);
    }

    /// <summary>True when the question names a year after the newest source's ("in 2027"), which no source can answer.</summary>
    public static bool AsksAfterSources(ParsedQuestion question, CorpusModel model)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(model);
        var years = YearPattern().Matches(question.Text);
        // Most questions name no year: the sources' newest date is only looked up for those that do.
        if (years.Count == 0 || model.Articles.Count == 0) return false;
        var newest = model.Articles.Max(a => a.Source.Published).Year;
        return years.Any(m => int.Parse(m.Value, CultureInfo.InvariantCulture) > newest);
    }

    /// <summary>True when the question asks for a measure ("how much land") in which the quantity is given ("6.5 sq/km").</summary>
    internal static bool MeasuresAskedNoun(Quantity quantity, ParsedQuestion question) =>
        quantity.Unit is { } unit && question.AskedWords.Any(w => AskedMeasure(question, w) is { } noun && noun.Units.Contains(unit));

    /// <summary>"The population of X" needs a head count, "what percentage" a percentage, "how many" any count.</summary>
    private static bool HasAskedQuantity(ParsedQuestion question, Fact fact)
    {
        var counts = fact.Quantities.Where(q => AnswerSpanFinder.Counts(q, question)).ToList();
        foreach (var word in question.AskedWords)
        {
            if (AskedMeasure(question, word) is not { } noun) continue;
            return counts.Any(q => q.Unit is { } unit && noun.Units.Contains(unit) || noun.MinValue > 0 && q.Value >= noun.MinValue);
        }

        return question.AnswerType != AnswerType.Quantity || counts.Count > 0;
    }

    /// <summary>
    /// "What did Ian Borg say": a sentence quoting someone else that only names Borg ("Mirzoyan said during a press
    /// conference with ... Ian Borg") is not what he said.
    /// </summary>
    private static bool QuotesAskedSpeaker(ParsedQuestion question, Fact fact)
    {
        if (fact.Speaker is null) return true;
        var people = AskedSpeakers(question);
        return people.Count == 0 || people.Any(p => string.Equals(p.Name, fact.Speaker, StringComparison.Ordinal));
    }

    /// <summary>
    /// A name of several capitalised words, one of them no common word, that neither the gazetteer nor any article
    /// knows ("Treaty of Kars") must appear whole in the passage: sharing one of its words ("Gyumri-Kars railroad") is no answer.
    /// </summary>
    private static bool MatchesNamePhrases(ParsedQuestion question, IndexedFact fact, CorpusModel model)
    {
        var paragraph = TextFolding.Fold(ParagraphText(fact));
        foreach (Match phrase in NamePhrase.Matches(question.Text))
        {
            if (question.Entities.Any(m => m.Span.Start < phrase.Index + phrase.Length && phrase.Index < m.Span.End)) continue;
            var name = phrase.Value;
            // "When was the Treaty of Kars signed": the question's first word is no part of the name.
            if (phrase.Index == 0 && name.IndexOf(' ', StringComparison.Ordinal) is var space and > 0) name = name[(space + 1)..];
            if (!name.Contains(' ', StringComparison.Ordinal) || UnknownNames.IsCorpusPhrase(name, model)) continue;
            // Common words alone ("White House") may be a paraphrase of what the sources call it; a rare word may not.
            if (name.Split(' ').All(w => SpellingCorrector.IsCommonWord(w.ToLowerInvariant()) || Data.NameConnectors.Contains(w))) continue;
            if (!paragraph.Contains(name, StringComparison.OrdinalIgnoreCase)) return false;
        }

        return true;
    }

    /// <summary>
    /// A year after the newest source can't be answered, and any other year the question names must be one the
    /// sentence, its paragraph or its source's date speaks of.
    /// </summary>
    private static bool MatchesYears(ParsedQuestion question, IndexedFact fact, CorpusModel model)
    {
        if (AsksAfterSources(question, model)) return false;
        foreach (Match match in YearPattern().Matches(question.Text))
        {
            var year = int.Parse(match.Value, CultureInfo.InvariantCulture);
            var dated = fact.Paragraph.Facts.SelectMany(f => f.Fact.Dates).Any(d => d.Date.Year <= year && year <= d.Latest.Year)
                || fact.Source.Published.Year == year
                || ParagraphText(fact).Contains(match.Value, StringComparison.Ordinal);
            if (!dated) return false;
        }

        return true;
    }

    /// <summary>"What did Putin say": the passage must quote Putin or name him.</summary>
    private static bool NamesSpeaker(ParsedQuestion question, IndexedFact fact)
    {
        var people = AskedSpeakers(question);
        if (people.Count == 0) return true;
        var nearby = fact.Paragraph.Facts.Where(f => Math.Abs(f.SentenceIndex - fact.SentenceIndex) <= 1).ToList();
        return people.Any(p => nearby.Any(f =>
            string.Equals(f.Fact.Speaker, p.Name, StringComparison.Ordinal)
            || f.Fact.Entities.Any(e => string.Equals(e.Name, p.Name, StringComparison.Ordinal))));
    }

    /// <summary>
    /// "What did Jake Sullivan tell the ministers?": a person the sources name but never quote or report speaking said
    /// nothing they report, however often they name him.
    /// </summary>
    private static bool IsEverQuoted(ParsedQuestion question, CorpusModel model)
    {
        var people = AskedSpeakers(question).Select(p => p.Name).Concat(ReferredSpeakers(question)).ToList();
        return people.Count == 0 || people.Any(Speakers.GetValue(model, Quoted).Contains);
    }

    /// <summary>
    /// "Who hosted the Almaty talks?" then "what did he say at the closing?": the person "he" stands for is the one
    /// asked to have spoken.
    /// </summary>
    private static IReadOnlyList<string> ReferredSpeakers(ParsedQuestion question)
    {
        if (question.ReferredPeople.Count == 0) return [];
        var lower = question.Text.ToLowerInvariant();
        if (SaysVerb(lower) is not { } verb) return [];
        var before = QuestionParser.WordPattern().Matches(lower[..verb.Index]).Select(m => m.Value);
        return before.Any(QuestionVocabulary.Default.PersonPronouns.Contains) ? question.ReferredPeople : [];
    }

    /// <summary>Everyone a generation's facts quote or report speaking, worked out once per generation.</summary>
    private static readonly ConditionalWeakTable<CorpusModel, HashSet<string>> Speakers = [];

    private static HashSet<string> Quoted(CorpusModel model) =>
        model.Facts.Select(f => f.Fact.Speaker).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// "When did Turkey close its border": some date of the sentence must sit within a few words of one of the
    /// question's own words that is not a name, so a date of another event in the same sentence doesn't answer.
    /// </summary>
    private static bool DatesAskedEvent(ParsedQuestion question, IndexedFact fact, CorpusModel model, KnowledgeText text)
    {
        if (question.AnswerType != AnswerType.Date) return true;
        var dates = fact.Fact.Dates;
        if (dates.Count == 0) return true;
        // "… conducted a meeting with Kabba … on September 23" / "when did they meet?": the conversation is on the
        // event the last answer's passage tells of, which its date dates, however many words lie between.
        if (question.IsFollowUp && FocusPassages.Inside(question.Focus, model).Any(f => f.Id == fact.Id)) return true;
        var tokens = TokenReader.Read(text.Stemmed, fact.Fact.Text);
        var names = question.Entities.Select(e => question.Text.Substring(e.Span.Start, e.Span.Length).ToLowerInvariant()).ToList();
        var eventWords = question.Concepts.Where(c => !c.FromFocus && !names.Any(n => n.Contains(c.Word, StringComparison.Ordinal))).ToList();
        if (eventWords.Count == 0) return true;
        // A follow-up may name the event in words of its own ("when did they kick in?") while its sentence, found
        // through the conversation, says it in others ("came into force"): there is nothing to measure from.
        if (question.IsFollowUp && !eventWords.Any(c => c.Share(tokens.Select(t => t.Term).ToHashSet(StringComparer.Ordinal)) > 0)) return true;
        foreach (var date in dates)
        {
            // Positions, not indexes: alias terms share their word's position.
            var first = tokens.FindIndex(t => t.StartOffset >= date.Span.Start);
            var at = first < 0 ? int.MaxValue : tokens[first].Position;
            var near = tokens.Where(t => Math.Abs(t.Position - at) <= Data.DateWindow).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
            if (eventWords.Any(c => c.Share(near) > 0)) return true;
        }

        return false;
    }

    /// <summary>
    /// "What did Macron say at the June 1 meeting?", "what was the outcome of the May 14 meeting?": a question about
    /// what happened is not answered by a sentence that only foretells it ("They will later meet with ... Macron ... on
    /// June 1"), written before it happened. A question about plans or expectations ("what did Moscow want to do",
    /// "where was the summit to be held") is, and so is a when-question, which may ask when something was due. A
    /// question about what was said is answered by a sentence reporting the statement, whatever it foretells.
    /// </summary>
    private static bool ReportsWhatHappened(ParsedQuestion question, Fact fact)
    {
        if (question.AnswerType == AnswerType.Date) return true;
        var lower = question.Text.ToLowerInvariant();
        var opening = QuestionWord().Matches(lower).Take(PastAuxiliaryReach).Select(m => m.Value);
        if (!opening.Any(Data.PastAuxiliaries.Contains) || Expectations.Any(c => c.IsIn(lower))) return true;
        var sentence = fact.Text.ToLowerInvariant();
        var foretold = Foretellings.Select(c => c.Find(sentence)).Where(f => f is not null).Select(f => f!.Value.Start).DefaultIfEmpty(-1).Min();
        if (foretold < 0) return true;
        // "What did she announce?" asks what was said: "Zakharova announced that Moscow planned to host" reports a
        // statement already made, whatever the tense of what it says. Only a say-verb before the foretelling counts,
        // so "they will meet and tell reporters" still foretells.
        return SaysVerb(lower) is not null && SaysVerb(sentence) is { } said && said.Index < foretold;
    }

    /// <summary>"What did Putin say": the people the question names before its say-verb; none when it has no say-verb.</summary>
    private static List<EntityMention> AskedSpeakers(ParsedQuestion question)
    {
        var lower = question.Text.ToLowerInvariant();
        var verb = Data.SayVerbs.Select(v => Regex.Match(lower, $@"\b{v}\b", RegexOptions.None, TimeSpan.FromSeconds(1))).FirstOrDefault(m => m.Success);
        return verb is null ? [] : question.Entities.Where(e => e.Kind == EntityKind.Person && e.Span.End <= verb.Index).ToList();
    }

    /// <summary>The first say-verb of <paramref name="lower"/> ("told", "announced"), or null.</summary>
    private static Match? SaysVerb(string lower) =>
        Data.SayVerbs.Select(v => Regex.Match(lower, $@"\b{v}\b", RegexOptions.None, TimeSpan.FromSeconds(1)))
            .Where(m => m.Success).OrderBy(m => m.Index).FirstOrDefault();

    private static string ParagraphText(IndexedFact fact) => string.Join(' ', fact.Paragraph.Facts.Select(f => f.Fact.Text));

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"[a-z]+")]
    private static partial Regex QuestionWord();
}
