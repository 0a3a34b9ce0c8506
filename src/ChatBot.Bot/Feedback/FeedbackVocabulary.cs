using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Storage;

namespace ChatBot.Bot.Feedback;

/// <summary>
/// Which reactions and short messages count as feedback (from <c>Feedback/Data/feedback.json</c>): channel reaction
/// names, emoji, and written comments such as "feedback: wrong source".
/// </summary>
public sealed class FeedbackVocabulary
{
    private readonly HashSet<string> _likeReactions;
    private readonly HashSet<string> _dislikeReactions;
    private readonly HashSet<string> _likeMessages;
    private readonly HashSet<string> _dislikeMessages;
    private readonly IReadOnlyList<string> _commentPrefixes;

    public FeedbackVocabulary()
    {
        var data = EmbeddedData.Load<Data>("feedback.json");
        _likeReactions = new HashSet<string>(data.LikeReactions, StringComparer.OrdinalIgnoreCase);
        _dislikeReactions = new HashSet<string>(data.DislikeReactions, StringComparer.OrdinalIgnoreCase);
        _likeMessages = new HashSet<string>(data.LikeMessages, StringComparer.OrdinalIgnoreCase);
        _dislikeMessages = new HashSet<string>(data.DislikeMessages, StringComparer.OrdinalIgnoreCase);
        _commentPrefixes = data.CommentPrefixes;
    }

    /// <summary>Like or dislike for a channel reaction type (<c>like</c>, <c>+1</c>, <c>👎</c>...); null when it says neither.</summary>
    public FeedbackReaction? FromReaction(string? type)
    {
        var t = type?.Trim().Trim(':') ?? "";
        if (_likeReactions.Contains(t)) return FeedbackReaction.Like;
        if (_dislikeReactions.Contains(t)) return FeedbackReaction.Dislike;
        return null;
    }

    /// <summary>
    /// Reads a message as feedback on the last answer: a thumb (<c>👍</c>, <c>👎</c>) or a comment (<c>feedback: …</c>).
    /// </summary>
    /// <returns>False when the message is not feedback.</returns>
    public bool TryReadMessage(string text, out FeedbackReaction reaction, out string? comment)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().TrimEnd('.', '!');
        comment = null;
        reaction = FeedbackReaction.Text;
        if (_likeMessages.Contains(t))
        {
            reaction = FeedbackReaction.Like;
            return true;
        }

        if (_dislikeMessages.Contains(t))
        {
            reaction = FeedbackReaction.Dislike;
            return true;
        }

        foreach (var prefix in _commentPrefixes)
        {
            if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && t.Length > prefix.Length)
            {
                comment = text.Trim()[prefix.Length..].Trim();
                return comment.Length > 0;
            }
        }

        return false;
    }

    private sealed record Data(
        IReadOnlyList<string> LikeReactions,
        IReadOnlyList<string> DislikeReactions,
        IReadOnlyList<string> LikeMessages,
        IReadOnlyList<string> DislikeMessages,
        IReadOnlyList<string> CommentPrefixes);
}
