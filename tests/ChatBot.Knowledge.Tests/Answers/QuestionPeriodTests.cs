using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Support;
using ChatBot.Knowledge.Answers.Reading;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>A year or month in a question favours what happened then over the same words from another time.</summary>
public sealed class QuestionPeriodTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("Where did the ministers meet in May 2024?", 2024, 5)]
    [InlineData("What happened in 2023?", 2023, null)]
    [InlineData("What did Aliyev say in July?", null, 7)]
    [InlineData("who mediated the may 2023 talks?", 2023, 5)]
    [InlineData("what did aliyev demand in his december interview?", null, 12)]
    public void Find_QuestionNamesAPeriod_ReturnsItsYearAndMonth(string question, int? year, int? month)
    {
        var period = QuestionPeriod.Find(question);

        Assert.NotNull(period);
        Assert.Equal(year, period.Year);
        Assert.Equal(month, period.Month);
    }

    [Theory]
    [InlineData("What happened last month?")]
    [InlineData("What did Pashinyan say on Friday?")]
    [InlineData("Who chaired the talks?")]
    [InlineData("Who may attend the talks in the spring?")]
    [InlineData("Why did the march in Yerevan end?")]
    public void Find_NoYearOrMonthNamed_ReturnsNull(string question)
    {
        Assert.Null(QuestionPeriod.Find(question));
    }

    [Theory]
    [InlineData("Where did Mirzoyan and Bayramov hold their talks in May 2024?", "Kazakhstan", "000_30b3a433c56a79ea.txt")]
    [InlineData("Where did Mirzoyan and Bayramov hold their talks in May 2023?", "Arlington", "002_bba9acd290afcb64.txt")]
    [InlineData("apart from the constitution thing, what else did aliyev demand in his december interview?", "Minsk Group", "001_c7b824baeb8dafed.txt")]
    public void Ask_QuestionNamingAPeriod_CitesWhatHappenedThen(string question, string expected, string file)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains(expected, answer.Lines[0].Quote, StringComparison.Ordinal);
        Assert.Equal(file, answer.Citations[0].File);
    }
}
