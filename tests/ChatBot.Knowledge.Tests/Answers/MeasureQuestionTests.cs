using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>"How much land" asks for an area: a sentence giving one answers it before one counting something else.</summary>
public sealed class MeasureQuestionTests : IDisposable
{
    private const string Article = """
        Villages return to Azerbaijan

        Baku said it got back four villages in Tavush after the handover.

        Baku said it got back 6.5 sq km in Tavush after the handover.

        The land had been under Armenian control since the early 1990s.
        """;

    private readonly OneArticleEngine _engine = new("001_tavush_handover.txt", Article);

    [Fact]
    public void Ask_HowMuchLand_LeadsWithTheArea()
    {
        var answer = _engine.Ask("How much land did Baku get back in Tavush after the handover?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("6.5 sq km", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_HowManyVillages_LeadsWithTheCountOfVillages()
    {
        var answer = _engine.Ask("How many villages did Baku get back in Tavush after the handover?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("four villages", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    public void Dispose() => _engine.Dispose();
}
