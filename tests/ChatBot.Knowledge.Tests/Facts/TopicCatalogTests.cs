using ChatBot.Knowledge.Facts;

namespace ChatBot.Knowledge.Tests.Facts;

public class TopicCatalogTests
{
    private static readonly TopicCatalog Sut = TopicCatalog.LoadDefault();

    [Fact]
    public void LoadDefault_Topics_HaveUniqueIdsAliasesAndKeywords()
    {
        Assert.Equal(Sut.Topics.Count, Sut.Topics.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Sut.Topics, t =>
        {
            Assert.NotEmpty(t.Name);
            Assert.NotEmpty(t.Aliases);
            Assert.NotEmpty(t.Keywords);
        });
        var aliasOwners = Sut.Topics.SelectMany(t => t.Aliases.Select(a => (Alias: a.ToUpperInvariant(), t.Id)))
            .GroupBy(p => p.Alias, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);
        Assert.Empty(aliasOwners);
    }

    [Theory]
    [InlineData("border-delimitation")]
    [InlineData("peace-treaty")]
    [InlineData("regional-communications")]
    [InlineData("lachin-corridor")]
    [InlineData("constitution")]
    [InlineData("eu-monitoring-mission")]
    [InlineData("osce-minsk-group")]
    [InlineData("armenia-turkey-normalization")]
    [InlineData("prisoners")]
    [InlineData("cop29")]
    [InlineData("alma-ata-declaration")]
    [InlineData("international-claims")]
    [InlineData("arms")]
    [InlineData("nagorno-karabakh")]
    [InlineData("tavush-villages")]
    public void LoadDefault_RequiredTopic_IsPresent(string id)
    {
        Assert.Contains(Sut.Topics, t => t.Id == id);
    }

    [Theory]
    [InlineData("what's the latest on the border delimitation?", "border-delimitation")]
    [InlineData("any update on the Zangezur corridor", "regional-communications")]
    [InlineData("where do things stand on the peace deal", "peace-treaty")]
    [InlineData("What happened to the POWs?", "prisoners")]
    [InlineData("timeline of the Lachin corridor", "lachin-corridor")]
    [InlineData("Did Armenia change its Constitution's preamble?", "constitution")]
    [InlineData("What's the latest on the EU monitors on the border?", "eu-monitoring-mission")]
    [InlineData("What's the latest on the border?", "border-delimitation")]
    public void Resolve_QuestionNamingTopic_ReturnsIt(string question, string id)
    {
        Assert.Equal(id, Sut.Resolve(question)?.Id);
    }

    [Fact]
    public void Resolve_UnrelatedQuestion_ReturnsNull()
    {
        Assert.Null(Sut.Resolve("What is the capital of Australia?"));
    }

    [Fact]
    public void Tag_Keywords_TagsTheirTopics()
    {
        var topics = Sut.Tag("Yerevan indicated it would have joined the summit if an agreement had been reached on repatriating Armenian POWs.", null);

        Assert.Contains("prisoners", topics);
        Assert.DoesNotContain("border-delimitation", topics);
    }

    [Fact]
    public void Tag_SentenceWithoutKeywordsUnderHeading_TakesHeadingTopic()
    {
        var topics = Sut.Tag("Yet none of the agreements has materialized.", "All Quiet on the Turkish Front");

        Assert.Equal(["armenia-turkey-normalization"], topics);
    }

    [Fact]
    public void Tag_SentenceAboutOtherTopicUnderHeading_KeepsOnlyItsOwnTopic()
    {
        var topics = Sut.Tag("Azerbaijan continued to keep Armenian hostages.", "Border Delimitation");

        Assert.Equal(["prisoners"], topics);
    }

    [Fact]
    public void Tag_WeakKeywordUnderMatchingHeading_AddsHeadingTopic()
    {
        var topics = Sut.Tag("The road connecting the village to Ijevan was handed over to Azerbaijan after the protests.", "Border Delimitation");

        Assert.Contains("border-delimitation", topics);
        Assert.Contains("protests", topics);
    }

    [Fact]
    public void Tag_WeakKeywordUnderArticleHeadline_AddsHeadlineTopic()
    {
        const string Headline = "Trump Witnesses Azerbaijan-Armenia Peace Deal";

        Assert.Contains("peace-treaty", Sut.Tag("The two leaders signed a landmark joint declaration.", null, Headline));
        Assert.DoesNotContain("peace-treaty", Sut.Tag("The two leaders signed a landmark joint declaration.", null));
    }

    [Fact]
    public void Tag_SentenceWithoutWeakKeywordUnderArticleHeadline_IsNotTaggedByIt()
    {
        var topics = Sut.Tag("The ceremony was held in the State Dining Room.", null, "Trump Witnesses Azerbaijan-Armenia Peace Deal");

        Assert.DoesNotContain("peace-treaty", topics);
    }
}
