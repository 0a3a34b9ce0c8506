using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>A cited passage reads on its own: a quotation comes whole with whoever said it, and a sentence that leans on the one before brings it along.</summary>
public sealed class CitedPassageTests : IDisposable
{
    private const string Article = """
        Ministers meet in Tbilisi to discuss the railway

        The foreign ministers of Armenia and Azerbaijan met in Tbilisi on March 3 to discuss reopening the railway.

        Speaking after the meeting, the Georgian host said: “The two sides agreed on the customs rules for the railway. Nothing was signed about the tariffs, and nothing will be until the summer.”

        The talks in Tbilisi were held behind closed doors. However, they ended with a commitment to meet again in April.

        Prime Minister Nikol Pashinyan announced a new proposal on the Kars crossing. “We have sent it to Baku in writing and are waiting for an answer.”

        Pashinyan said Armenia itself guarantees the safety of the roads to Nakhichevan and keeps them open.

        The ceasefire statement obliges Armenia to keep the roads to Nakhichevan open for cargo. The Border Guard Service of the FSB would oversee these transport links.
        """;

    private readonly OneArticleEngine _engine = new("001_tbilisi_railway.txt", Article);

    [Fact]
    public void Ask_AnswerInsideALongQuotation_CitesTheQuotationWholeWithItsSpeaker()
    {
        var answer = _engine.Ask("When will the tariffs be signed?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.StartsWith("Speaking after the meeting, the Georgian host said:", answer.Citations[0].Passage, StringComparison.Ordinal);
        Assert.EndsWith("until the summer.”", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AnswerOpeningWithAConnectiveAndPronoun_CitesTheSentenceItLeansOn()
    {
        var answer = _engine.Ask("How did the closed-door talks in Tbilisi end?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.StartsWith("The talks in Tbilisi were held behind closed doors. However, they ended", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AnnouncementFollowedByTheSpeakersOwnWords_CitesTheWordsToo()
    {
        var answer = _engine.Ask("What proposal did Pashinyan announce on the Kars crossing?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("“We have sent it to Baku in writing", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AnswerNamingItsSubjectOnlyByTheseInside_IsMatchedWithTheSentenceItPointsTo()
    {
        var answer = _engine.Ask("Under the ceasefire statement, who would oversee the cargo roads to Nakhichevan?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Border Guard Service", answer.Lines[0].Quote, StringComparison.Ordinal);
        Assert.StartsWith("The ceasefire statement obliges Armenia", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    public void Dispose() => _engine.Dispose();
}
