namespace ChatBot.Knowledge.Answers;

/// <summary>
/// A channel-independent answer: lines that quote the sources, the citations they rest on,
/// and, for a decline, a notice with suggestions instead.
/// </summary>
/// <param name="Kind">Answered, closest passage, latest status, timeline, position, comparison, declined or invalid.</param>
/// <param name="Lines">The answer lines; the first is the lead.</param>
/// <param name="Citations">Ordered citations; the lines refer to them by position. More may follow than the lines use.</param>
/// <param name="Notice">The bot's own words shown before or instead of the lines (a decline, how fresh the sources are).</param>
/// <param name="Suggestions">Example questions or topics to offer, mostly with a decline.</param>
/// <param name="Focus">What the question was about, for follow-ups, also when it was declined; null for an invalid question.</param>
public sealed record Answer(
    AnswerKind Kind,
    IReadOnlyList<AnswerLine> Lines,
    IReadOnlyList<Citation> Citations,
    string? Notice,
    IReadOnlyList<string> Suggestions,
    ConversationFocus? Focus)
{
    public bool HasCitations => Citations.Count > 0;

    public static Answer Decline(string notice, IReadOnlyList<string> suggestions) =>
        new(AnswerKind.Declined, [], [], notice, suggestions, null);

    public static Answer Invalid(string notice) =>
        new(AnswerKind.Invalid, [], [], notice, [], null);
}
