using ChatBot.Knowledge.Answers;

namespace ChatBot.Bot.State;

/// <summary>What the bot remembers about one conversation. Immutable: a turn stores a changed copy.</summary>
/// <param name="Focus">What the conversation was last about, handed to the engine with the next question.</param>
/// <param name="RecentAnswers">The latest answers, newest first (a few, for feedback on an older reply).</param>
/// <param name="Welcomed">True once the welcome was sent.</param>
public sealed record ConversationState(
    ConversationFocus? Focus,
    IReadOnlyList<AnswerRecord> RecentAnswers,
    bool Welcomed)
{
    /// <summary>How many answers a conversation keeps.</summary>
    public const int MaxRecentAnswers = 5;

    public static ConversationState Empty { get; } = new(null, [], false);

    /// <summary>The newest answer, or null.</summary>
    public AnswerRecord? LastAnswer => RecentAnswers.Count > 0 ? RecentAnswers[0] : null;

    /// <summary>The answer <paramref name="id"/> refers to, else the newest one.</summary>
    public AnswerRecord? FindAnswer(string? id) => RecentAnswers.FirstOrDefault(a => a.Matches(id)) ?? LastAnswer;

    /// <summary>A copy with <paramref name="answer"/> as the newest answer.</summary>
    public ConversationState WithAnswer(AnswerRecord answer) =>
        this with { RecentAnswers = [answer, .. RecentAnswers.Take(MaxRecentAnswers - 1)] };

    /// <summary>A copy with the newest answer replaced.</summary>
    public ConversationState WithLastAnswer(AnswerRecord answer) =>
        this with { RecentAnswers = [answer, .. RecentAnswers.Skip(1)] };
}
