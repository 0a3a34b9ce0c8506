using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Answers.Ranking;

namespace ChatBot.Knowledge.Answers.Composing;

/// <summary>One dated happening read from a sentence: the date, and the part of the sentence that reports it.</summary>
/// <param name="Fact">The sentence it comes from.</param>
/// <param name="Date">When it happened.</param>
/// <param name="Start">Start of the reporting clause in the sentence.</param>
/// <param name="End">End of the reporting clause in the sentence.</param>
internal sealed record TimelineEvent(ScoredFact Fact, EventDate Date, int Start, int End)
{
    public string Label => DateText.Of(Date);

    public string Quote => Fact.Fact.Fact.Text[Start..End];
}
