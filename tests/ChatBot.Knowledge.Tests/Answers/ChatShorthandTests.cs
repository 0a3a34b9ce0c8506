using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Support;
using ChatBot.Knowledge.Answers.Reading;

namespace ChatBot.Knowledge.Tests.Answers;

public sealed class ChatShorthandTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private static readonly HashSet<string> NoWords = [];

    [Theory]
    [InlineData("who was the maltese FM?", "who was the maltese foreign minister?")]
    [InlineData("what did the govt fix", "what did the government fix")]
    [InlineData("what did the gov't fix", "what did the government fix")]
    [InlineData("wat did the FMs agree w/ Blinken", "what did the foreign ministers agree with Blinken")]
    [InlineData("his meeting w bayramov", "his meeting with bayramov")]
    [InlineData("what else did the us sign", "what else did the US sign")]
    [InlineData("can you tell us about the talks", "can you tell us about the talks")]
    [InlineData("what did the mfa spox say", "what did the mfa spokesperson say")]
    [InlineData("when did he say he'd visit Moscow", "when did he say he would visit Moscow")]
    [InlineData("who did he meet on sept 23", "who did he meet on September 23")]
    [InlineData("how'd Mirzoyan describe it", "how did Mirzoyan describe it")]
    [InlineData("wut did mirzoyan n bayramov agree thru the talks", "what did mirzoyan and bayramov agree through the talks")]
    [InlineData("where's the 12km stretch", "where's the 12 km stretch")]
    [InlineData("whos the turkish envoy 4 the armenia talks", "who is the turkish envoy for the armenia talks")]
    [InlineData("why didnt armenia go 2 the summit", "why did not armenia go to the summit")]
    [InlineData("how many of the 4 villages", "how many of the 4 villages")]
    [InlineData("Who hosted the talks?", "Who hosted the talks?")]
    public void Expand_Shorthand_UsesTheWordsTheSourcesUse(string typed, string expected)
    {
        Assert.Equal(expected, ChatShorthand.Default.Expand(typed, NoWords));
    }

    [Fact]
    public void Expand_WordTheSourcesUseAsWritten_IsLeftAlone()
    {
        Assert.Equal("what did PM Pashinyan say", ChatShorthand.Default.Expand("what did PM Pashinyan say", new HashSet<string> { "pm" }));
    }

    [Fact]
    public void Ask_ForeignMinisterAsFM_FindsTheForeignMinister()
    {
        var answer = fixture.Ask("which FM was Mirzoyan's Maltan counterpart?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Ian Borg", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_DateWithAbbreviatedMonthAndYear_AnswersForThatDay()
    {
        var answer = fixture.Ask("who did mirzoyan meet on sept 23 2024?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Timothy Musa Kabba", answer.Citations[0].Passage, StringComparison.Ordinal);
    }
}
