using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Answers.Reading;
using Lucene.Net.Analysis.En;

namespace ChatBot.Knowledge.Answers.Ranking;

/// <summary>Checks that the sentence gives the very thing asked: a count of the asked noun, the asked side's, the attribute named.</summary>
internal static partial class AnswerScope
{
    /// <summary>
    /// "How many Russian peacekeepers were stationed": a sentence about the peacekeepers that counts something else
    /// ("peacekeepers have transported two patients") doesn't answer, and "how long is the whole border" is not
    /// answered by the length of a section of it. A count answers when the words just after it name what was asked.
    /// </summary>
    private static bool CountsAskedThing(ParsedQuestion question, Fact fact)
    {
        if (question.AnswerType != AnswerType.Quantity) return true;
        var counts = fact.Quantities.Where(q => AnswerSpanFinder.Counts(q, question)).ToList();
        if (counts.Count == 0) return true;
        var lower = question.Text.ToLowerInvariant();
        var questionWords = QuestionWord().Matches(lower).Select(m => m.Value).ToList();
        if (questionWords.Any(Data.WholeWords.Contains) && counts.All(q => WordsAfter(fact.Text, q).Any(Data.PartNouns.Contains))) return false;
        var asked = AskedNouns(questionWords);
        var sentence = QuestionWord().Matches(fact.Text.ToLowerInvariant()).Select(m => m.Value).ToList();
        if (!asked.Any(n => sentence.Any(w => SameWord(w, n)))) return true;
        return counts.Any(q => QuestionWord().Matches(q.Span.Of(fact.Text).ToLowerInvariant()).Select(m => m.Value).Concat(WordsAfter(fact.Text, q))
            .Any(w => asked.Any(n => SameWord(w, n))));
    }

    /// <summary>The content words after "how many" that name what is counted, side words aside ("russian peacekeepers" → "peacekeepers").</summary>
    private static List<string> AskedNouns(List<string> questionWords)
    {
        var at = questionWords.FindIndex(w => w == "many" || w == "much");
        if (at <= 0 || questionWords[at - 1] != "how") return [];
        return questionWords.Skip(at + 1).Take(2)
            .Where(w => w.Length > 3 && !EnglishAnalyzer.DefaultStopSet.Contains(w) && !RoleNames.Default.SidePhrases.Any(s => s.Words.Length == 1 && s.Words[0] == w))
            .ToList();
    }

    /// <summary>The same word but for a plural or a short ending ("commission"/"commissions", "kilometer"/"kilometers").</summary>
    private static bool SameWord(string a, string b)
    {
        a = a.TrimEnd('s');
        b = b.TrimEnd('s');
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 3 && longer.StartsWith(shorter, StringComparison.Ordinal) && longer.Length - shorter.Length <= 2;
    }

    private static IEnumerable<string> WordsAfter(string sentence, Quantity quantity) =>
        QuestionWord().Matches(sentence.ToLowerInvariant(), quantity.Span.End).Take(Data.CountReach).Select(m => m.Value);

    /// <summary>
    /// "Who chairs Azerbaijan's border commission?" is not answered by "who chairs the Armenian border commission": when
    /// the question gives what it asks about a side and the sentence gives the same thing a side the question doesn't
    /// name, never naming the asked one, it is about the other side's.
    /// </summary>
    private static bool MatchesAskedSide(ParsedQuestion question, Fact fact)
    {
        var sentenceSides = SideModifiers(fact.Text.ToLowerInvariant()).ToList();
        var askedSides = SideModifiers(question.Text.ToLowerInvariant()).ToList();
        foreach (var (side, noun) in askedSides)
        {
            if (noun is null || sentenceSides.Any(s => s.Side == side)) continue;
            // "The Turkish and Armenian envoys": a side the question also asks about is no other side.
            if (sentenceSides.Any(s => s.Noun is { } other && SameWord(other, noun) && !askedSides.Any(a => a.Side == s.Side))) return false;
        }

        return true;
    }

    /// <summary>Each side phrase with the word it modifies ("azerbaijan's border" → azerbaijan, border), or none ("armenia and").</summary>
    private static IEnumerable<(string Side, string? Noun)> SideModifiers(string lower)
    {
        var words = QuestionWord().Matches(lower).Select(m => m.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (phrase, side) in RoleNames.Default.SidePhrases)
            {
                if (i + phrase.Length > words.Count || !phrase.Select((p, k) => p == words[i + k]).All(same => same)) continue;
                var next = i + phrase.Length;
                if (next < words.Count && words[next] == "s") next++;
                yield return (side, next < words.Count && !EnglishAnalyzer.DefaultStopSet.Contains(words[next]) ? words[next] : null);
                break;
            }
        }
    }

    /// <summary>
    /// "What sanctions did Washington impose?": the words after "what" or "which" name the kind of thing asked for,
    /// and a passage that names none of them ("sanctions"; "railway", "border" or "crossing" in "which railway border
    /// crossing") nor a related word is about the question without answering it. A phrase with a word that only says
    /// what kind of answer is wanted ("which foreign minister", "what kind", "what exact date") or a verb ("what
    /// happened") is not held to this.
    /// </summary>
    public static bool NamesAskedNoun(ParsedQuestion question, IndexedFact fact)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(fact);
        var phrase = AskedPhrase(question.Text);
        if (phrase.Count == 0 || !phrase.All(IsKindOfThing)) return true;
        var asked = question.Concepts.Where(c => !c.FromFocus && phrase.Contains(c.Word.Split('\'', '\u2019')[0])).ToList();
        return asked.Count == 0 || asked.Any(c => c.Share(fact.PassageTerms) > 0 || c.Share(fact.Paragraph.Terms) > 0);
    }

    /// <summary>True when the words after "what" or "which" name the kind of answer: "what date", "which year".</summary>
    public static bool NamesAnswerType(ParsedQuestion question, AnswerType type)
    {
        ArgumentNullException.ThrowIfNull(question);
        return AskedPhrase(question.Text).Any(w => QuestionVocabulary.Default.AnswerTypeNouns.TryGetValue(w, out var named) && named == type);
    }

    /// <summary>The run of words after the question's first "what" or "which" (and "is the"), up to a verb or function word.</summary>
    private static List<string> AskedPhrase(string question)
    {
        var words = QuestionParser.WordPattern().Matches(question.ToLowerInvariant()).Select(m => m.Value).ToList();
        var at = words.FindIndex(w => w is "what" or "which");
        return at < 0
            ? []
            : words.Skip(QuestionParser.PastCopulaAndArticle(words, at + 1)).TakeWhile(w => !Data.PhraseEnders.Contains(w) && !EnglishAnalyzer.DefaultStopSet.Contains(w)).Take(MaxAskedPhrase).ToList();
    }

    /// <summary>The most words after "what" or "which" read as the name of what is asked for.</summary>
    private const int MaxAskedPhrase = 4;

    private static bool IsKindOfThing(string word) =>
        !Data.AnswerKindNouns.Contains(word) && !QuestionVocabulary.Default.AnswerTypeNouns.ContainsKey(word) && !LooksLikeVerb(word);

    private static bool LooksLikeVerb(string word) => word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// "What's the gauge of the railway Armenia proposed?": the thing asked for must be named in the passage or its
    /// paragraph, or a word related to it ("present" / "gifted"); a sentence about the railway that says nothing of a
    /// gauge doesn't answer. Nouns that only say what kind of answer is wanted ("name", "reason") and quantities
    /// (checked by number) are not looked for.
    /// </summary>
    private static bool NamesAskedThing(ParsedQuestion question, IndexedFact fact)
    {
        foreach (var asked in question.Concepts.Where(c => c.IsAskedAttribute && !c.FromFocus))
        {
            if (Data.AnswerKindNouns.Contains(asked.Word) || AskedMeasure(question, asked.Word) is not null) continue;
            if (asked.Share(fact.PassageTerms) == 0 && asked.Share(fact.Paragraph.Terms) == 0) return false;
        }

        return true;
    }
}
