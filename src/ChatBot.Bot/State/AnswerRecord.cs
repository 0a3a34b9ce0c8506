using ChatBot.Knowledge.Answers;

namespace ChatBot.Bot.State;

/// <summary>An answer the bot gave in a conversation, kept for <c>more</c> and for feedback.</summary>
/// <param name="ActivityId">Id of the user's message the answer replied to.</param>
/// <param name="Question">The question as the engine received it.</param>
/// <param name="AnswerText">The reply text as sent.</param>
/// <param name="Citations">All citations of the answer, for feedback records.</param>
/// <param name="Pending">Citations not shown yet, in order; <c>more</c> shows them a page at a time.</param>
/// <param name="ReplyId">Id the channel gave the bot's reply, when the delivery layer reports it.</param>
public sealed record AnswerRecord(
    string? ActivityId,
    string Question,
    string AnswerText,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<Citation> Pending,
    string? ReplyId = null)
{
    /// <summary>True when <paramref name="id"/> names this answer (the bot's reply or the message it answered).</summary>
    public bool Matches(string? id) =>
        id is { Length: > 0 } && (string.Equals(id, ReplyId, StringComparison.Ordinal) || string.Equals(id, ActivityId, StringComparison.Ordinal));
}
