using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Corpus;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

public sealed class WhatsNewTests : IDisposable
{
    private readonly TempSeeds _seeds = new();
    private readonly KnowledgeFixture _engine;

    public WhatsNewTests()
    {
        _seeds.Write(NewsArticles.PrisonersFile, NewsArticles.PrisonersText);
        _seeds.Write("catalog.json", NewsArticles.Catalog(NewsArticles.PrisonersEntry));
        _engine = new KnowledgeFixture(_seeds.Path);
    }

    [Fact]
    public void WhatsNew_ArticleOnTheTopicAdded_QuotesOnlyItsFactsNewestFirst()
    {
        var before = _engine.Knowledge.CurrentVersion;
        AddBorderArticle();
        _engine.Admin.Reindex();

        var answer = _engine.Knowledge.WhatsNew("border-delimitation", before);

        Assert.NotNull(answer);
        var line = Assert.Single(answer.Lines, l => l.Quote.Contains(NewsArticles.BorderFact, StringComparison.Ordinal));
        Assert.Equal("12 March 2025 (Test Wire):", line.Prefix);
        var undated = Assert.Single(answer.Lines, l => l.Quote.Contains("signed a protocol", StringComparison.Ordinal));
        Assert.Equal("Reported 13 March 2025 (Test Wire):", undated.Prefix);
        var dates = answer.Lines.Select(l => DateOnly.Parse(l.Prefix!.Replace("Reported ", "", StringComparison.Ordinal).Split('(')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.All(answer.Citations, c => Assert.Equal(NewsArticles.BorderFile, c.File));
        Assert.All(answer.Lines, l => Assert.NotEmpty(l.Citations));
    }

    [Fact]
    public void WhatsNew_NothingNewOnTheTopic_ReturnsNull()
    {
        var before = _engine.Knowledge.CurrentVersion;
        AddBorderArticle();
        _engine.Admin.Reindex();

        Assert.Null(_engine.Knowledge.WhatsNew("prisoners", before));
        Assert.Null(_engine.Knowledge.WhatsNew("border-delimitation", _engine.Knowledge.CurrentVersion));
    }

    [Fact]
    public void WhatsNew_UntilAnEarlierVersion_LeavesLaterFactsOut()
    {
        var before = _engine.Knowledge.CurrentVersion;
        AddBorderArticle();
        _engine.Admin.Reindex();

        Assert.Null(_engine.Knowledge.WhatsNew("border-delimitation", before - 1, before));
        Assert.NotNull(_engine.Knowledge.WhatsNew("prisoners", before - 1, before));
    }

    [Fact]
    public void WhatsNew_UnknownTopic_ReturnsNull()
    {
        Assert.Null(_engine.Knowledge.WhatsNew("football", 0));
    }

    [Theory]
    [InlineData("border delimitation", "border-delimitation")]
    [InlineData("Border Delimitation", "border-delimitation")]
    [InlineData("the peace treaty", "peace-treaty")]
    [InlineData("peace-treaty", "peace-treaty")]
    [InlineData("delimitaton", "border-delimitation")]
    [InlineData("lachin coridor", "lachin-corridor")]
    [InlineData("news on the Lachin corridor", "lachin-corridor")]
    [InlineData("EUMA", "eu-monitoring-mission")]
    public void ResolveTopic_NameAliasOrSmallTypo_FindsTheTopic(string text, string expected)
    {
        Assert.Equal(expected, _engine.Knowledge.ResolveTopic(text)?.Id);
    }

    [Theory]
    [InlineData("football")]
    [InlineData("")]
    [InlineData("the weather")]
    public void ResolveTopic_NoTopic_ReturnsNull(string text)
    {
        Assert.Null(_engine.Knowledge.ResolveTopic(text));
    }

    private void AddBorderArticle()
    {
        _seeds.Write(NewsArticles.BorderFile, NewsArticles.BorderText);
        _seeds.Write("catalog.json", NewsArticles.Catalog(NewsArticles.PrisonersEntry, NewsArticles.BorderEntry));
    }

    public void Dispose()
    {
        _engine.Dispose();
        _seeds.Dispose();
    }
}
