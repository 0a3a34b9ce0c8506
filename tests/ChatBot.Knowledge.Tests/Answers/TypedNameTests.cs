using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>Names typed in lower case and misspelt still find the person's statements.</summary>
public sealed class TypedNameTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("what did blinkn say about the peace agreement", "Blinken")]
    [InlineData("what did zakharva say about the negotiations", "Zakharova")]
    [InlineData("wut did lavorv say about who wud control the route thru syunik", "Lavrov")]
    public void Ask_LowerCaseMisspeltName_AnswersWithThatPerson(string question, string expected)
    {
        var answer = fixture.Ask(question);

        Assert.NotEmpty(answer.Citations);
        Assert.Contains(answer.Lines, l => (l.Prefix ?? "").Contains(expected, StringComparison.Ordinal) || l.Quote.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_AcronymTypedInLowerCaseForABodyTheArticleNeverNames_IsNotAnsweredFromIt()
    {
        var answer = fixture.Ask("what did blinken and the two fms agree on at the unga sidelines?");

        Assert.NotEqual(AnswerKind.Answered, answer.Kind);
    }
}
