using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Answers;

/// <summary>One line of an answer: an optional framing in the bot's words, then a verbatim quote.</summary>
/// <param name="Prefix">The bot's own framing, e.g. "As of 20 December 2024 (EVN Report):"; never a claim.</param>
/// <param name="Quote">A clause quoted verbatim from the cited passage.</param>
/// <param name="Highlight">The answer span inside <paramref name="Quote"/>, shown in bold; null when none.</param>
/// <param name="Citations">Positions of the citations the quote comes from.</param>
/// <param name="ElidedStart">True when the quote starts mid-sentence (render a leading ellipsis).</param>
/// <param name="ElidedEnd">True when the quote stops before the sentence ends.</param>
public sealed record AnswerLine(
    string? Prefix,
    string Quote,
    TextSpan? Highlight,
    IReadOnlyList<int> Citations,
    bool ElidedStart = false,
    bool ElidedEnd = false);
