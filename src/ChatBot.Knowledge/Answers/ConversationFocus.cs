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
    string? Topic);
