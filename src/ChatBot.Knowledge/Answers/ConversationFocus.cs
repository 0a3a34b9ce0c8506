namespace ChatBot.Knowledge.Answers;

/// <summary>
/// What a conversation was last about, kept by the dialog layer and handed back with the next question
/// so that follow-ups ("When was it installed?", "What did he propose on them?") resolve. Stored as JSON by the
/// conversation state stores: every field added later is optional, so a focus stored before it still reads.
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

    /// <summary>
    /// Where the last answer's lead passage is (seed file, body paragraph, character range), so a follow-up ("what
    /// did they talk about?", "and when did they kick in?") can be answered from it or the sentences around it.
    /// Null when the last answer cited nothing.
    /// </summary>
    public FocusPassage? Passage { get; init; }

    /// <summary>The people the last answer's lead passage names, so "they" can stand for them.</summary>
    public IReadOnlyList<string> People { get; init; } = [];
}

/// <summary>The last answer's lead passage, as its first citation placed it.</summary>
/// <param name="File">Seed file name.</param>
/// <param name="Paragraph">0-based body paragraph number in that file.</param>
/// <param name="Start">Character offset of the passage in the file's text.</param>
/// <param name="Length">Length of the passage.</param>
/// <param name="Date">The date of what the passage reports, when it names one ("what happened after that?").</param>
public sealed record FocusPassage(string File, int Paragraph, int Start, int Length, DateOnly? Date);
