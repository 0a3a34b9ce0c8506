using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Tests.Indexing;

public sealed class KnowledgeAnalyzerTests
{
    private static readonly KnowledgeText Text = new(Gazetteer.LoadDefault());

    [Theory]
    [InlineData("Berdzor", "the Lachin corridor")]
    [InlineData("Nakhichevan", "Nakhchivan")]
    [InlineData("Alma-Ata", "Almaty")]
    [InlineData("Artsakh", "Nagorno-Karabakh")]
    public void Terms_Aliases_ShareATerm(string alias, string name)
    {
        Assert.True(Text.Terms(alias).Overlaps(Text.Terms(name)), $"{alias} and {name} share no term");
    }

    [Fact]
    public void Terms_CyrillicLookAlikeLetter_MatchesLatinWord()
    {
        Assert.Equal(Text.Terms("a red line"), Text.Terms("\u0430 red line"));
        Assert.True(Text.Terms("This is \u0430 red line").SetEquals(Text.Terms("This is a red line")));
    }

    [Fact]
    public void Terms_CurlyPossessiveAndStems_FoldToPlainWord()
    {
        Assert.True(Text.Terms("Armenia\u2019s proposals").SetEquals(Text.Terms("Armenia proposal")));
    }

    [Fact]
    public void Terms_StopWordsOnly_IsEmpty()
    {
        Assert.Empty(Text.Terms("the and of it"));
    }
}
