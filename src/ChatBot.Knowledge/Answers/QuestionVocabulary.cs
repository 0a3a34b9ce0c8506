using ChatBot.Knowledge.Data;

namespace ChatBot.Knowledge.Answers;

/// <summary>The curated word lists of Data/questions.json.</summary>
internal sealed class QuestionVocabulary
{
    private sealed record File(
        List<string> QuestionWords,
        List<string> FollowUpWords,
        List<string> LatestCues,
        List<string> TimelineCues,
        List<string> StatusCues,
        List<string> ReasonCues,
        List<string> IntentWords,
        Dictionary<AnswerType, List<string>> AnswerTypeNouns);

    private QuestionVocabulary(File file)
    {
        QuestionWords = file.QuestionWords.ToHashSet(StringComparer.Ordinal);
        FollowUpWords = file.FollowUpWords.ToHashSet(StringComparer.Ordinal);
        LatestCues = file.LatestCues;
        TimelineCues = file.TimelineCues;
        StatusCues = file.StatusCues;
        ReasonCues = file.ReasonCues;
        IntentWords = file.IntentWords.ToHashSet(StringComparer.Ordinal);
        AnswerTypeNouns = file.AnswerTypeNouns
            .SelectMany(kv => kv.Value.Select(noun => (noun, kv.Key)))
            .ToDictionary(p => p.noun, p => p.Key, StringComparer.Ordinal);
    }

    public static QuestionVocabulary Default { get; } = new(DataFile.Load<File>("questions.json"));

    public IReadOnlySet<string> QuestionWords { get; }

    public IReadOnlySet<string> FollowUpWords { get; }

    public IReadOnlyList<string> LatestCues { get; }

    public IReadOnlyList<string> TimelineCues { get; }

    public IReadOnlyList<string> StatusCues { get; }

    public IReadOnlyList<string> ReasonCues { get; }

    /// <summary>Words that ask for latest news or a timeline rather than naming what it is about.</summary>
    public IReadOnlySet<string> IntentWords { get; }

    /// <summary>"which village" expects a place, "what date" a date.</summary>
    public IReadOnlyDictionary<string, AnswerType> AnswerTypeNouns { get; }
}
