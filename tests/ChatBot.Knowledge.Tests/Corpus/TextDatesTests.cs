using ChatBot.Knowledge.Corpus;

namespace ChatBot.Knowledge.Tests.Corpus;

public sealed class TextDatesTests
{
    [Theory]
    [InlineData("In an interview on January 10, 2024, Aliyev said", 2024, 1, 10)]
    [InlineData("signed on 10 January 2024 in Baku", 2024, 1, 10)]
    [InlineData("the decree of Nov. 10, 2020 was", 2020, 11, 10)]
    [InlineData("dated 2024-01-10.", 2024, 1, 10)]
    [InlineData("on the 3rd of March, 2023 they met", 2023, 3, 3)]
    public void Find_FullDate_IsFound(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Assert.Single(TextDates.Find(text)));
    }

    [Theory]
    [InlineData("They met on May 24 and again in December 2023.")]
    [InlineData("February 30, 2024 does not exist")]
    [InlineData("At their last talks on July 1 they agreed.")]
    public void Find_PartialOrInvalidDate_IsIgnored(string text)
    {
        Assert.Empty(TextDates.Find(text));
    }
}
