using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Answers.Reading;

namespace ChatBot.Knowledge.Tests.Answers;

public class StatusVocabularyTests
{
    [Theory]
    [InlineData("I think we're very much within reach of that,\u201d Blinken said.", "progress")]
    [InlineData("The positions on some key issues remain divergent, according to the statement.", "stalled")]
    [InlineData("The delegations did not make progress on the most fundamental issues.", "stalled")]
    [InlineData("The two sides agreed on nearly 80% of the points in a draft peace treaty.", "progress")]
    [InlineData("Blinken said progress had been made despite differences on key issues.", null)]
    [InlineData("The ministers met in Almaty.", null)]
    public void StateOf_Sentence_ReadsOneStateOrNone(string sentence, string? expected)
    {
        Assert.Equal(expected, StatusVocabulary.Default.StateOf(sentence));
    }
}
