namespace ChatBot.Bot.Feedback;

/// <summary>One feedback record: a reaction or comment on an answer, or a question the bot could not answer.</summary>
/// <param name="Timestamp">When it was recorded (UTC).</param>
/// <param name="Channel">Channel id, e.g. <c>msteams</c>.</param>
/// <param name="Conversation">Conversation id.</param>
/// <param name="User">Channel user id of the person who gave it.</param>
/// <param name="Reaction">Like, dislike, text or unanswered.</param>
/// <param name="Comment">What the person wrote, when anything.</param>
/// <param name="Question">The question answered (or not answered).</param>
/// <param name="AnswerText">The answer's text as sent.</param>
/// <param name="Sources">The cited sources, e.g. <c>[1] file.txt#p3</c>, one per line.</param>
public sealed record FeedbackEntry(
    DateTimeOffset Timestamp,
    string Channel,
    string Conversation,
    string User,
    FeedbackReaction Reaction,
    string? Comment,
    string? Question,
    string? AnswerText,
    string? Sources);
