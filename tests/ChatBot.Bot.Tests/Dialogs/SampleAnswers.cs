using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Bot.Tests.Dialogs;

/// <summary>Answers and sources as the engine would return them.</summary>
internal static class SampleAnswers
{
    public const string LeadQuote = "kicked off the latest round of talks, hosted by Kazakhstan's foreign minister Murat Nurtleu, on Friday";
    public const string Host = "Kazakhstan's foreign minister Murat Nurtleu";

    public static ConversationFocus AlmatyFocus { get; } = new("Who hosted the talks in Almaty?", ["hosted", "talks", "almaty"], ["Almaty"], "peace-treaty");

    public static Citation Citation(int position, string? passage = null, string? url = null) => new(
        position,
        passage ?? $"Passage number {position} says something about the talks in Almaty, word for word, as the source wrote it.",
        $"00{position}_source.txt",
        100 * position,
        80,
        position - 1,
        $"Source title {position}",
        position % 2 == 0 ? null : "Reuters",
        new DateOnly(2024, 5, position),
        url);

    /// <summary>An answer with a highlighted lead citing [1], two more lines citing [2] and [3], and three more passages.</summary>
    public static Answer Almaty()
    {
        var passage1 = "Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov "
            + LeadQuote + ", in a bid to finalise a peace treaty between the two neighbours after decades of conflict over the region.";
        var hostAt = LeadQuote.IndexOf(Host, StringComparison.Ordinal);
        return new Answer(
            AnswerKind.Answered,
            [
                new AnswerLine(null, LeadQuote, new TextSpan(hostAt, Host.Length), [1], ElidedStart: true, ElidedEnd: true),
                new AnswerLine("Also:", "The talks lasted two days.", null, [2]),
                new AnswerLine(null, "Both sides called them constructive.", null, [3]),
            ],
            [Citation(1, passage1), Citation(2), Citation(3), Citation(4), Citation(5), Citation(6)],
            null,
            [],
            AlmatyFocus);
    }

    public const string ClosestFraming = "I couldn't find a direct answer in the sources; this passage comes closest:";

    /// <summary>No passage answers the question; the lead says so and quotes the one that comes closest.</summary>
    public static Answer Closest() => new(
        AnswerKind.Closest,
        [new AnswerLine(ClosestFraming, "The talks lasted two days.", null, [1])],
        [Citation(1, "The talks lasted two days, and both sides called them constructive.")],
        null,
        [],
        AlmatyFocus);

    public static Answer Declined() =>
        Answer.Decline("I couldn't find that in the sources.", ["Who hosted the talks in Almaty?", "What's the latest on border delimitation?"]);

    public static IReadOnlyList<Source> Sources { get; } =
    [
        new("002_c.txt", "Armenia and Azerbaijan agree on border section", "EVN Report", new DateOnly(2024, 12, 20), null, null, "catalog", true),
        new("001_b.txt", "Foreign ministers end two-day talks in Almaty", "Reuters", new DateOnly(2024, 5, 13), null, null, "catalog", true),
        new("000_a.txt", "Peace treaty text agreed", null, new DateOnly(2023, 3, 1), null, null, "inferred", false),
    ];
}
