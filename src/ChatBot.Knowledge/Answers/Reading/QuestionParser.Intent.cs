using Lucene.Net.Analysis.En;

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>What a question asks for: its intent (a plain question, status, timeline, changes, position, comparison) and the kind of answer it expects.</summary>
internal sealed partial class QuestionParser
{
    private static QuestionIntent Intent(string lower, int parties)
    {
        if (parties >= 2 && Words.ComparisonCues.Any(c => c.IsIn(lower))) return QuestionIntent.Comparison;
        if (parties >= 1 && Words.PositionCues.Any(c => c.Find(lower) is { } cue && !InsideLatestCue(lower, cue))) return QuestionIntent.Position;
        if (Words.ChangesCues.Any(c => c.IsIn(lower))) return QuestionIntent.Changes;
        // "What timeline did Mirzoyan propose?" asks for the timeline proposed, not for one of events.
        if (Words.TimelineCues.Any(c => c.Find(lower) is { } cue && !FollowsWhat(lower, cue.Start))) return QuestionIntent.Timeline;
        if (Words.LatestCues.Any(c => c.IsIn(lower))) return QuestionIntent.Latest;
        // "What has Aliyev been saying lately?" asks how things stand; "which countries … these days?" asks for a place,
        // but "where are things with X these days?" asks how X stands.
        return Words.RecencyCues.Any(c => c.IsIn(lower)) && (Expect(lower) is AnswerType.Unknown or AnswerType.Thing || Words.StateWhereCues.Any(c => c.IsIn(lower)))
            ? QuestionIntent.Latest
            : QuestionIntent.Question;
    }

    /// <summary>
    /// "Where do things stand on Armenia's constitution?" asks for the status of a subject that names a side: its
    /// "stand on" belongs to the status cue, while "where does Armenia stand on ..." asks for Armenia's position: a
    /// cue with a gap for the subject ("where does * stand") never takes a position cue from it.
    /// </summary>
    private static bool InsideLatestCue(string lower, (int Start, int End) cue) =>
        Words.LatestCues.Any(c => !c.HasGap && c.Find(lower) is { } latest && latest.Start <= cue.Start && cue.Start < latest.End);

    private static AnswerType Expect(string lower)
    {
        // "What did Azerbaijan do": an action, which no single name or date in the sentence stands for.
        if (Words.ActionCues.Any(c => c.IsIn(lower))) return AnswerType.Unknown;
        var words = WordPattern().Matches(lower).Select(m => m.Value).ToList();
        if (words.Contains("called") || words.Contains("named") || words.Contains("titled")) return AnswerType.Name;
        // "What does TRIPP stand for?" asks for the name the abbreviation is short for.
        if (Words.ExpansionCues.Any(c => c.IsIn(lower))) return AnswerType.Name;
        if (NameOf(words) is { } named) return named;
        for (var i = 0; i < words.Count; i++)
        {
            var next = i + 1 < words.Count ? words[i + 1] : "";
            switch (words[i])
            {
                case "who" or "whom" or "whose": return AnswerType.Person;
                case "when": return AnswerType.Date;
                case "where": return AnswerType.Place;
                case "why": return AnswerType.Reason;
                case "how" when HowMuchWords.Contains(next): return AnswerType.Quantity;
                case "which" or "what" when AskedNounType(words, i + 1) is { } type: return type;
                case "what" or "which": return AnswerType.Thing;
            }
        }

        return AnswerType.Unknown;
    }

    /// <summary>How many words after "name of" may say what kind of name is asked for.</summary>
    private const int NameOfWindow = 5;

    /// <summary>
    /// "What's the name of Azerbaijan's deputy PM?" asks for a person, "the name of the village" for a place: the
    /// answer is of the kind of the first noun after "name of" that says one, or else a name.
    /// </summary>
    private static AnswerType? NameOf(List<string> words)
    {
        var at = words.FindIndex(w => w is "name" or "names");
        if (at < 0 || at + 1 >= words.Count || words[at + 1] != "of") return null;
        return words.Skip(at + 2).Take(NameOfWindow).Select(NounType).FirstOrDefault(t => t is AnswerType.Person or AnswerType.Place) ?? AnswerType.Name;
    }

    /// <summary>How many words after "which" may qualify the noun that says what kind of answer is asked for.</summary>
    private const int AskedNounWindow = 3;

    /// <summary>
    /// "Which Azerbaijani deputy PM …" asks for a person as "which PM" does, "what's the total length …" for a number:
    /// the kind is that of the first noun saying one among the few words after "which" or "what" (and "is the"),
    /// before any other function word ("what did the minister say").
    /// </summary>
    private static AnswerType? AskedNounType(List<string> words, int from)
    {
        return words.Skip(PastCopulaAndArticle(words, from)).Take(AskedNounWindow).TakeWhile(w => !EnglishAnalyzer.DefaultStopSet.Contains(w)).Select(NounType).FirstOrDefault(t => t is not null);
    }

    /// <summary>"What's the date …", "what was the …": where the asked noun's phrase starts, past the copula and its article.</summary>
    internal static int PastCopulaAndArticle(IReadOnlyList<string> words, int from) =>
        from + 1 < words.Count && words[from] is "s" or "is" or "was" or "are" or "were" && words[from + 1] is "the" ? from + 2 : from;

    /// <summary>
    /// The gazetteer role words of the kind of place asked for ("which village", "the names of the four villages"),
    /// from the noun after "which" or "what" or after "name of"; null when the question names no kind of place.
    /// </summary>
    internal static IReadOnlyList<string>? AskedPlaceKind(string lower)
    {
        var words = WordPattern().Matches(lower).Select(m => m.Value).ToList();
        var kinds = Words.PlaceKinds;
        var which = words.FindIndex(w => w is "which" or "what");
        var afterWhich = which < 0 ? [] : words.Skip(which + 1).Take(AskedNounWindow).TakeWhile(w => !EnglishAnalyzer.DefaultStopSet.Contains(w));
        var name = words.FindIndex(w => w is "name" or "names");
        var afterName = name < 0 || name + 1 >= words.Count || words[name + 1] != "of" ? [] : words.Skip(name + 2).Take(NameOfWindow);
        return afterWhich.Concat(afterName).Select(w => kinds.GetValueOrDefault(w)).FirstOrDefault(k => k is not null);
    }

    private static AnswerType? NounType(string noun) =>
        Words.AnswerTypeNouns.TryGetValue(noun, out var type) ? type : null;
}
