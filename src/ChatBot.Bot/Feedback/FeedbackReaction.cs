namespace ChatBot.Bot.Feedback;

/// <summary>What a feedback record says about an answer.</summary>
public enum FeedbackReaction
{
    /// <summary>Thumbs up (or another positive reaction).</summary>
    Like,
    /// <summary>Thumbs down (or another negative reaction).</summary>
    Dislike,
    /// <summary>A written comment on an answer.</summary>
    Text,
    /// <summary>Not a reaction: a question the bot declined, kept so admins can see what is missing.</summary>
    Unanswered,
}
