namespace ChatBot.Knowledge.Answers;

/// <summary>
/// What a conversation was last about, kept by the dialog layer and handed back with the next question
/// so that follow-ups ("When was it installed?", "What did he propose on them?") resolve.
/// </summary>
/// <param name="Question">The last answered question, as asked.</param>
/// <param name="Terms">Its key terms.</param>
/// <param name="Entities">Canonical names of the people, places and organisations it was about.</param>
/// <param name="Topic">Topic id, when the question had one.</param>
public sealed record ConversationFocus(
    string Question,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> Entities,
    string? Topic)
{
    /// <summary>
    /// The person the last answer was about (whom a who-question found, or the one person the question named), so
    /// "he" or "his" in a follow-up can stand for them; null when none.
    /// </summary>
    public string? Person { get; init; }
}
