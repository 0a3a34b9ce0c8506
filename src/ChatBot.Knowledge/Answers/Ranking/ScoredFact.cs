using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Answers.Ranking;

/// <summary>A candidate after re-ranking.</summary>
/// <param name="Fact">The fact.</param>
/// <param name="Coverage">Share of the question's weight the sentence covers.</param>
/// <param name="Support">How well the sentence and its paragraph together back an answer; decides answerability.</param>
/// <param name="Score">The ranking score.</param>
/// <param name="AnswerSpan">The span of the expected answer type in the sentence, if present.</param>
internal sealed record ScoredFact(IndexedFact Fact, double Coverage, double Support, double Score, TextSpan? AnswerSpan)
{
    /// <summary>How close the sentence is to the question in meaning (0..1; 0 without vectors).</summary>
    public double Meaning { get; init; }

    /// <summary>How far the sentence stands out from the corpus in closeness to the question (standard deviations).</summary>
    public double Standout { get; init; }

    /// <summary>
    /// True for a follow-up's sentence that is about the conversation focus: in or beside the last answer's passage, or
    /// naming a person the follow-up refers to ("his", "his Turkish counterpart").
    /// </summary>
    public bool InFocus { get; init; }
}
