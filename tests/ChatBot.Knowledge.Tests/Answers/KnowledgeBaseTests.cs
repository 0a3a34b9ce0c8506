using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

public sealed class KnowledgeBaseTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Ask_FactQuestion_LeadsWithTheAnswerAndCitesItVerbatim()
    {
        var answer = fixture.Ask("Who hosted the talks in Almaty?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        var lead = answer.Lines[0];
        Assert.Contains("Nurtleu", lead.Quote, StringComparison.Ordinal);
        Assert.NotNull(lead.Highlight);
        Assert.Contains("Nurtleu", lead.Highlight!.Value.Of(lead.Quote), StringComparison.Ordinal);
        var source = fixture.Get<ChatBot.Knowledge.Corpus.ISourceLibrary>().Find(answer.Citations[0].File)!;
        Assert.All(answer.Citations, c => Assert.Equal(c.Passage, source.Source.File == c.File ? source.Text.Substring(c.Start, c.Length) : c.Passage));
    }

    [Theory]
    [InlineData("What is the capital of Australia?")]
    [InlineData("What was agreed in Geneva?")]
    [InlineData("Who won the 2022 FIFA World Cup?")]
    public void Ask_QuestionTheSourcesDontAnswer_DeclinesWithoutCitations(string question)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.Declined, answer.Kind);
        Assert.Empty(answer.Citations);
        Assert.NotEmpty(answer.Suggestions);
    }

    [Theory]
    [InlineData("What is Bayramov's date of birth?")]
    [InlineData("what's the date of the next pashinyan-aliyev summit")]
    public void Ask_DetailTheSourcesNeverGiveAboutSomethingTheyName_IsNotAnswered(string question)
    {
        AnswerAssert.NotAnswered(fixture.Ask(question));
    }

    [Fact]
    public void Ask_ReaderCommentBait_NeverCitesAComment()
    {
        var answer = fixture.Ask("Should Armenia prioritize relations with Iran?");

        Assert.DoesNotContain(answer.Citations, c => c.Passage.Contains("prioritize relations with Iran", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_MisspelledCountry_StillAnswers()
    {
        var answer = fixture.Ask("Who hosted the talks in kazakstan?");

        Assert.Contains("Nurtleu", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_FollowUpWithPronoun_UsesThePreviousQuestion()
    {
        var first = fixture.Ask("What are the two unresolved issues in the peace treaty draft?");
        var followUp = fixture.Ask("What did Pashinyan propose on them?", first.Focus);

        Assert.Contains("third-party forces", followUp.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_LatestStatus_PutsTheNewestSourceFirstAndOrdersMilestonesNewestFirst()
    {
        var answer = fixture.Ask("What's the latest on the border delimitation?");

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        Assert.Equal(new DateOnly(2024, 12, 20), answer.Citations[0].Published);
        var dates = answer.Citations.Skip(1).Select(c => c.EventDate!.Value).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.Contains("newest source", answer.Notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Ask_BlankQuestion_IsInvalidNotAnException(string question)
    {
        Assert.Equal(AnswerKind.Invalid, fixture.Ask(question).Kind);
    }

    [Theory]
    [InlineData("title:(* OR \"")]
    [InlineData("AND OR NOT")]
    [InlineData("\u202e\u0000\ud83d\ude00 \u0301\u0301 Ω≈ç√")]
    [InlineData("Armenia AND")]
    public void Ask_QuerySyntaxOrOddUnicode_AnswersWithoutThrowing(string question)
    {
        var answer = fixture.Ask(question);

        Assert.NotNull(answer);
        Assert.True(answer.Notice is not null || answer.Lines.Count > 0);
    }

    [Fact]
    public void Ask_HundredKilobyteQuestion_IsRefusedPolitely()
    {
        var answer = fixture.Ask(new string('a', 100 * 1024));

        Assert.Equal(AnswerKind.Invalid, answer.Kind);
        Assert.Contains("too long", answer.Notice, StringComparison.Ordinal);
    }
}
