using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.State;

public static class ConversationStateStoreExtensions
{
    /// <summary>
    /// Notes the id the channel gave a sent reply (the Connector's <c>{id}</c>), so that feedback on that reply (Teams
    /// thumbs and reactions carry it as <c>replyToId</c>) finds its answer even after newer answers. Without it,
    /// feedback falls back to the conversation's newest answer.
    /// </summary>
    /// <param name="store">The state store.</param>
    /// <param name="reply">The reply as sent (its <c>replyToId</c> names the user's message it answered).</param>
    /// <param name="replyId">The id the channel returned for it.</param>
    public static void RememberReplyId(this IConversationStateStore store, Activity reply, string replyId)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.ReplyToId is not { Length: > 0 } answered || replyId is not { Length: > 0 }) return;
        store.Update(ConversationKey.For(reply), state => state with
        {
            RecentAnswers = [.. state.RecentAnswers.Select(a => string.Equals(a.ActivityId, answered, StringComparison.Ordinal) ? a with { ReplyId = replyId } : a)],
        });
    }
}
