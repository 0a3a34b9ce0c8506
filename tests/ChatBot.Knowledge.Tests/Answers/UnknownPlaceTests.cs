using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>A place no curated list knows ("the village of Kirants") still answers "which village …".</summary>
public sealed class UnknownPlaceTests : IDisposable
{
    private const string Article = """
        Protests over the border continue

        Protests against the border delimitation are still going on in several villages, officials said.

        The border delimitation protests were still drawing crowds in Yerevan too.

        Residents of the village of Kirants have kept up their protest against the new border line.
        """;

    private readonly OneArticleEngine _engine = new("001_border_protests.txt", Article);

    [Fact]
    public void Ask_WhichVillage_AnswersWithTheSentenceNamingAVillageTheGazetteerDoesNotKnow()
    {
        var answer = _engine.Ask("which village is still protesting the border delimitation?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("village of Kirants", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    public void Dispose() => _engine.Dispose();
}
