using ChatBot.Knowledge.Data;

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>The curated word lists of Data/questions.json.</summary>
internal sealed class QuestionVocabulary
{
    private sealed record File(
        List<string> QuestionWords,
        List<string> FollowUpWords,
        List<string> EllipsisStarts,
        List<string>? OpeningFillers,
        List<string>? CounterpartWords,
        List<string>? EarlierAnchorWords,
        List<string>? ExclusionCues,
        List<string>? ExpansionCues,
        List<string>? GroupPronouns,
        List<string>? ProForms,
        List<string>? AnswerPronouns,
        List<string> PersonPronouns,
        Dictionary<string, string>? PersonReferences,
        List<string>? PointingWords,
        List<string> LatestCues,
        List<string>? RecencyCues,
        List<string>? StateWhereCues,
        List<string> TimelineCues,
        List<string> ChangesCues,
        List<string> AnchorWords,
        List<string> DeadlineWords,
        List<string> PositionCues,
        List<string> ComparisonCues,
        List<string> StatusCues,
        List<string> ReasonCues,
        List<string> ActionCues,
        List<string> IntentWords,
        List<string> StateWords,
        Dictionary<AnswerType, List<string>> AnswerTypeNouns,
        Dictionary<string, List<string>>? PlaceKinds,
        List<string>? Interrogatives);

    private QuestionVocabulary(File file)
    {
        QuestionWords = file.QuestionWords.ToHashSet(StringComparer.Ordinal);
        FollowUpWords = file.FollowUpWords.ToHashSet(StringComparer.Ordinal);
        Interrogatives = (file.Interrogatives ?? []).ToHashSet(StringComparer.Ordinal);
        EllipsisStarts = file.EllipsisStarts;
        OpeningFillers = (file.OpeningFillers ?? []).ToHashSet(StringComparer.Ordinal);
        CounterpartWords = Cues(file.CounterpartWords ?? []);
        EarlierAnchorWords = Cues(file.EarlierAnchorWords ?? []);
        ExclusionCues = Cues(file.ExclusionCues ?? []);
        ExpansionCues = Cues(file.ExpansionCues ?? []);
        GroupPronouns = (file.GroupPronouns ?? []).ToHashSet(StringComparer.Ordinal);
        ProForms = (file.ProForms ?? []).ToHashSet(StringComparer.Ordinal);
        AnswerPronouns = (file.AnswerPronouns ?? []).ToHashSet(StringComparer.Ordinal);
        PersonPronouns = file.PersonPronouns.ToHashSet(StringComparer.Ordinal);
        PointingWords = (file.PointingWords ?? []).ToHashSet(StringComparer.Ordinal);
        PersonReferences = (file.PersonReferences ?? []).Select(r => (Cue: new CuePhrase(r.Key), Pronoun: r.Value)).ToList();
        LatestCues = Cues(file.LatestCues);
        RecencyCues = Cues(file.RecencyCues ?? []);
        StateWhereCues = Cues(file.StateWhereCues ?? []);
        TimelineCues = Cues(file.TimelineCues);
        ChangesCues = Cues(file.ChangesCues);
        AnchorWords = file.AnchorWords;
        DeadlineWords = file.DeadlineWords.ToHashSet(StringComparer.Ordinal);
        PositionCues = Cues(file.PositionCues);
        ComparisonCues = Cues(file.ComparisonCues);
        StatusCues = file.StatusCues;
        ReasonCues = file.ReasonCues;
        ActionCues = Cues(file.ActionCues);
        IntentWords = file.IntentWords.ToHashSet(StringComparer.Ordinal);
        StateWords = file.StateWords.ToHashSet(StringComparer.Ordinal);
        PlaceKinds = (file.PlaceKinds ?? []).ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal);
        AnswerTypeNouns = file.AnswerTypeNouns
            .SelectMany(kv => kv.Value.Select(noun => (noun, kv.Key)))
            .ToDictionary(p => p.noun, p => p.Key, StringComparer.Ordinal);
    }

    public static QuestionVocabulary Default { get; } = new(DataFile.Load<File>("questions.json"));

    public IReadOnlySet<string> QuestionWords { get; }

    public IReadOnlySet<string> FollowUpWords { get; }

    /// <summary>"what", "where": the words a short typo ("wat", "wen") is most likely to stand for.</summary>
    public IReadOnlySet<string> Interrogatives { get; }

    /// <summary>Openings that leave the subject out ("what about ...", "and ..."): the question continues the previous one.</summary>
    public IReadOnlyList<string> EllipsisStarts { get; }

    /// <summary>"ok", "so": words a chat message may open with before an ellipsis ("ok and what did he say?").</summary>
    public IReadOnlySet<string> OpeningFillers { get; }

    /// <summary>"counterpart": the person of another side who holds the same role as the one the conversation is about.</summary>
    public IReadOnlyList<CuePhrase> CounterpartWords { get; }

    /// <summary>"before that": words that look back in time from the previous answer's date, where "after" looks forward.</summary>
    public IReadOnlyList<CuePhrase> EarlierAnchorWords { get; }

    /// <summary>"besides", "apart from": what follows is what the asker already knows and asks beyond ("besides the villages, what else …").</summary>
    public IReadOnlyList<CuePhrase> ExclusionCues { get; }

    /// <summary>"stand for", "short for": the question asks what an abbreviation ("TRIPP") is written out in full.</summary>
    public IReadOnlyList<CuePhrase> ExpansionCues { get; }

    /// <summary>"they", "their": pronouns that may stand for the people the previous answer named.</summary>
    public IReadOnlySet<string> GroupPronouns { get; }

    /// <summary>"one" in "and the Azeri one?": a word standing for the thing the previous question asked about.</summary>
    public IReadOnlySet<string> ProForms { get; }

    /// <summary>"that" in "what did he say to that?": a word that may stand for what the previous answer said.</summary>
    public IReadOnlySet<string> AnswerPronouns { get; }

    /// <summary>"he", "his": pronouns that stand for a person.</summary>
    public IReadOnlySet<string> PersonPronouns { get; }

    /// <summary>"That", "this": a follow-up's noun after one ("that deal") points at what the previous answer was about.</summary>
    public IReadOnlySet<string> PointingWords { get; }

    /// <summary>"That guy", "this woman": in a follow-up, the person the previous answer was about, as "he" or "she" would be.</summary>
    public IReadOnlyList<(CuePhrase Cue, string Pronoun)> PersonReferences { get; }

    /// <summary>"latest", "where do things stand", "any update on".</summary>
    public IReadOnlyList<CuePhrase> LatestCues { get; }

    /// <summary>
    /// "lately", "these days", "still going on": recency that asks how things stand, unless the question asks for a
    /// particular kind of answer ("which countries … these days?"), where it only narrows the period.
    /// </summary>
    public IReadOnlyList<CuePhrase> RecencyCues { get; }

    /// <summary>"where are things": a "where" that asks how something stands, not for a place.</summary>
    public IReadOnlyList<CuePhrase> StateWhereCues { get; }

    /// <summary>"timeline of", "history of", "how did * develop".</summary>
    public IReadOnlyList<CuePhrase> TimelineCues { get; }

    /// <summary>"what changed since", "what happened after".</summary>
    public IReadOnlyList<CuePhrase> ChangesCues { get; }

    /// <summary>Words that introduce the point a changes question counts from ("since March", "after the talks").</summary>
    public IReadOnlyList<string> AnchorWords { get; }

    /// <summary>Words that make the date after them a deadline, not an event ("agreed to finish by July 1").</summary>
    public IReadOnlySet<string> DeadlineWords { get; }

    /// <summary>"position on", "say about": what a party thinks, with the party named in the question.</summary>
    public IReadOnlyList<CuePhrase> PositionCues { get; }

    /// <summary>"differ", "compare": two parties side by side.</summary>
    public IReadOnlyList<CuePhrase> ComparisonCues { get; }

    public IReadOnlyList<string> StatusCues { get; }

    public IReadOnlyList<string> ReasonCues { get; }

    /// <summary>"What did X do": the answer is what someone did, a clause, not a name to highlight.</summary>
    public IReadOnlyList<CuePhrase> ActionCues { get; }

    /// <summary>Words that ask for latest news, a timeline or a position rather than naming what it is about.</summary>
    public IReadOnlySet<string> IntentWords { get; }

    /// <summary>Words of a latest question that ask for the state of things ("status", "stand") rather than the newest event.</summary>
    public IReadOnlySet<string> StateWords { get; }

    /// <summary>
    /// "Which village", "the names of the cities": the words a known place's gazetteer role holds when it is of the
    /// kind of place asked for ("Village in Tavush, Armenia", "Capital of Armenia").
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PlaceKinds { get; }

    /// <summary>"which village" expects a place, "what date" a date.</summary>
    public IReadOnlyDictionary<string, AnswerType> AnswerTypeNouns { get; }

    private static List<CuePhrase> Cues(IEnumerable<string> cues) => cues.Select(c => new CuePhrase(c)).ToList();
}
