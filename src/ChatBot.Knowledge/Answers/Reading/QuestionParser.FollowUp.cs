using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>Whether a question continues the conversation's previous one.</summary>
internal sealed partial class QuestionParser
{
    /// <summary>Content words that make a question stand on its own when it names no topic or known name.</summary>
    private const int SelfContainedConcepts = 2;

    /// <summary>
    /// A question pointing back ("what did he propose on them?", "and the Lachin corridor?") continues the previous
    /// one; so does one too bare to stand alone ("when?"). One that names its own subject (a topic, a known name or
    /// enough content words) starts afresh, so the previous topic can't hijack it.
    /// </summary>
    private bool IsFollowUp(ConversationFocus? focus, IReadOnlyList<string> words, string subject, CorpusModel model)
    {
        if (focus is null) return false;
        if (words.Any(Words.FollowUpWords.Contains) || StartsWithEllipsis(words) || PointsBackWithProForm(words)) return true;
        return !NamesOwnSubject(subject, model);
    }

    private bool NamesOwnSubject(string subject, CorpusModel model) =>
        topics.Resolve(subject) is not null
        || gazetteer.FindMentions(subject).Any(m => m.IsKnown)
        || Concepts(subject, model, fromFocus: false, skipIntentWords: true).Count >= SelfContainedConcepts;

    /// <summary>
    /// "What does the second one involve?", "the claims one": a pro-form closing a phrase opened by "the" stands for
    /// something the conversation already named, however many words of its own the question has; "one of the
    /// demands" counts rather than points back.
    /// </summary>
    private static bool PointsBackWithProForm(IReadOnlyList<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (!Words.ProForms.Contains(words[i]) || i + 1 < words.Count && string.Equals(words[i + 1], "of", StringComparison.Ordinal)) continue;
            if (words.Skip(Math.Max(0, i - ProFormPhraseReach)).Take(Math.Min(i, ProFormPhraseReach)).Contains("the", StringComparer.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>How many words before a pro-form its phrase's "the" may stand ("the second one", "the other one").</summary>
    private const int ProFormPhraseReach = 2;

    private static bool StartsWithEllipsis(IReadOnlyList<string> words) =>
        Words.EllipsisStarts.Any(start =>
        {
            var parts = start.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length <= words.Count && parts.Select((p, i) => string.Equals(p, words[i], StringComparison.Ordinal)).All(same => same);
        });

    /// <summary>"Where was that guy from?" after an answer about someone asks where he was from.</summary>
    private static string WithPersonReferencesAsPronouns(string question)
    {
        foreach (var (cue, pronoun) in Words.PersonReferences)
        {
            if (cue.Find(question.ToLowerInvariant()) is { } at) question = string.Concat(question.AsSpan(0, at.Start), pronoun, question.AsSpan(at.End));
        }

        return question;
    }
}
