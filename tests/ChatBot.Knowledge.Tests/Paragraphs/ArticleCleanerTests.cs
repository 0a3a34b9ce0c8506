using ChatBot.Knowledge.Paragraphs;
using ChatBot.Knowledge.Tests.Corpus;

namespace ChatBot.Knowledge.Tests.Paragraphs;

public sealed class ArticleCleanerTests
{
    private const string MadeUpArticle = """
        Listen to the article.
        Neighbours agree to reopen the old mountain railway

        The two transport ministers at the signing ceremony (Photo: Ministry of Transport)

        By Jane Doe

        The governments of Freedonia and Sylvania agreed on Tuesday to reopen a railway closed since 1994.
        “This is a historic day,” the Freedonian minister said.
        Funding the repairs
        - The first phase costs 40 million euros.
        - Work starts in 2025.
        Jane Doe
        Jane Doe is a staff writer covering transport. She lives in the capital.
        @janedoe | Words in @dailyplanet and @globe
        Latest posts by Jane Doe (see all)
          1. Great news, but I will believe it when I see a train.
          2. They said the same thing ten years ago.
        Leave a Reply
        Your email address will not be published. Required fields are marked *
        """;

    [Fact]
    public void Classify_MadeUpArticle_ClassifiesEveryBlock()
    {
        var kinds = ArticleCleaner.Default.Classify(MadeUpArticle).Select(b => b.Kind);

        Assert.Equal(
        [
            BlockKind.Boilerplate, BlockKind.Headline, BlockKind.Caption, BlockKind.AuthorBio,
            BlockKind.Body, BlockKind.Body, BlockKind.SectionHeading, BlockKind.Body, BlockKind.Body,
            BlockKind.AuthorBio, BlockKind.AuthorBio, BlockKind.AuthorBio, BlockKind.Boilerplate,
            BlockKind.ReaderComment, BlockKind.ReaderComment, BlockKind.Boilerplate, BlockKind.Boilerplate,
        ], kinds);
    }

    [Fact]
    public void Classify_MadeUpArticle_BodyUnderHeadingCarriesSection()
    {
        var blocks = ArticleCleaner.Default.Classify(MadeUpArticle);

        Assert.Equal("Funding the repairs", blocks.Single(b => b.Text.StartsWith("- Work starts", StringComparison.Ordinal)).Section);
        Assert.Null(blocks.Single(b => b.Text.StartsWith("The governments", StringComparison.Ordinal)).Section);
    }

    [Fact]
    public void Classify_RelatedList_TeasersAreNeverBody()
    {
        const string text = "Talks resumed in Vienna on Monday. Both sides sent delegations.\nYou may also like\nA new bridge opens\nThe bridge links two towns. It took six years to build.\nRead moreFarmers protest new tariffs\nFarmers blocked roads on Friday.\n";

        var blocks = ArticleCleaner.Default.Classify(text);

        Assert.Equal([BlockKind.Body, BlockKind.Boilerplate, BlockKind.RelatedTeaser, BlockKind.RelatedTeaser, BlockKind.RelatedTeaser, BlockKind.RelatedTeaser], blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Classify_NumberedCommentsRightBeforeCommentForm_AreComments()
    {
        const string text = "The ministers met in Vienna on Monday and agreed to meet again.\n1. This will never work, trust me.\n2. Finally some good news!\nLeave a Reply\n";

        var kinds = ArticleCleaner.Default.Classify(text).Select(b => b.Kind);

        Assert.Equal([BlockKind.Body, BlockKind.ReaderComment, BlockKind.ReaderComment, BlockKind.Boilerplate], kinds);
    }

    [Fact]
    public void Classify_NumberedListIntroducedByColon_StaysBody()
    {
        const string text = "The agreement has two parts:\n1. Troops withdraw from the border.\n2. Monitors arrive within a month.\nLeave a Reply\n";

        var kinds = ArticleCleaner.Default.Classify(text).Select(b => b.Kind);

        Assert.Equal([BlockKind.Body, BlockKind.Body, BlockKind.Body, BlockKind.Boilerplate], kinds);
    }

    [Fact]
    public void Classify_CrLfAndNbsp_BlocksAreTrimmedAndOffsetsExact()
    {
        const string text = "\u00a0 First paragraph ends here.\u00a0\r\n\r\n\tSecond one too. \r\n";

        var blocks = ArticleCleaner.Default.Classify(text);

        Assert.Equal(["First paragraph ends here.", "Second one too."], blocks.Select(b => b.Text));
        Assert.All(blocks, b => Assert.Equal(b.Text, text.Substring(b.Start, b.Length)));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Classify_Seed_OffsetsPointIntoTextAndCoverEveryLine(string seed)
    {
        var text = SeedsFolder.ReadSeed(seed);

        var blocks = ArticleCleaner.Default.Classify(text);

        Assert.All(blocks, b => Assert.Equal(b.Text, text.Substring(b.Start, b.Length)));
        Assert.All(blocks, b => Assert.Equal(b.Text, b.Text.Trim()));
        Assert.Equal(text.Split('\n').Count(l => !string.IsNullOrWhiteSpace(l)), blocks.Count);
    }

    [Theory]
    [InlineData("000", "A two-day round of talks")]
    [InlineData("004", "Azerbaijan and Armenia have been locked")]
    [InlineData("001", "This year, Armenia and Azerbaijan shifted")]
    [InlineData("002", "Conflicting reports have emerged")]
    [InlineData("003", "US Secretary of State Antony Blinken has said")]
    public void Classify_Seed_BodyStartsWithArticlesFirstParagraph(string seed, string firstBody)
    {
        var blocks = ArticleCleaner.Default.Classify(SeedsFolder.ReadSeed(seed));

        Assert.StartsWith(firstBody, blocks.First(b => b.Kind == BlockKind.Body).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_Seed001_TeasersAndFurnitureAreNotBody()
    {
        var blocks = ArticleCleaner.Default.Classify(SeedsFolder.ReadSeed("001"));

        Assert.Equal(BlockKind.Boilerplate, blocks[0].Kind);
        var alsoSee = blocks.ToList().FindIndex(b => b.Text == "Also see");
        Assert.True(alsoSee > 0);
        Assert.All(blocks.Skip(alsoSee), b => Assert.NotEqual(BlockKind.Body, b.Kind));
        Assert.All(blocks.Where(b => b.Text.StartsWith("Read more", StringComparison.Ordinal) && b.Text.Length > 9), b => Assert.Equal(BlockKind.RelatedTeaser, b.Kind));
        Assert.Equal(BlockKind.RelatedTeaser, blocks.Single(b => b.Text.StartsWith("After COP 29", StringComparison.Ordinal)).Kind);
        Assert.Equal(BlockKind.RelatedTeaser, blocks.Single(b => b.Text.StartsWith("The ICJ's recent ruling", StringComparison.Ordinal)).Kind);
    }

    [Fact]
    public void Classify_Seed001_HeadingsBulletsAndSections()
    {
        var blocks = ArticleCleaner.Default.Classify(SeedsFolder.ReadSeed("001"));

        Assert.Equal(
            ["Border Delimitation", "The Peace Agreement", "COP29: A Missed Opportunity to Sign the Peace Treaty", "Opening of Regional Communications", "All Quiet on the Turkish Front"],
            blocks.Where(b => b.Kind == BlockKind.SectionHeading).Select(b => b.Text));
        var afterPeace = blocks.Single(b => b.Text.StartsWith("Both Yerevan and Baku have repeatedly", StringComparison.Ordinal));
        Assert.Equal(BlockKind.Body, afterPeace.Kind);
        Assert.Equal("The Peace Agreement", afterPeace.Section);
        Assert.All(blocks.Where(b => b.Text.StartsWith("- ", StringComparison.Ordinal)), b => Assert.Equal(BlockKind.Body, b.Kind));
        Assert.All(blocks.Where(b => b.Text.StartsWith('\u201C')), b => Assert.Equal(BlockKind.Body, b.Kind));
    }

    [Fact]
    public void Classify_Seed002_HeadlineCaptionAndNoCommentOrBioAsBody()
    {
        var blocks = ArticleCleaner.Default.Classify(SeedsFolder.ReadSeed("002"));

        Assert.Equal(BlockKind.Headline, blocks[0].Kind);
        Assert.Equal(BlockKind.Caption, blocks[1].Kind);
        Assert.Equal(3, blocks.Count(b => b.Kind == BlockKind.ReaderComment));
        Assert.All(blocks.Where(b => b.Text.StartsWith("Lillian Avedian", StringComparison.Ordinal)), b => Assert.Equal(BlockKind.AuthorBio, b.Kind));
        var lastBody = blocks.ToList().FindLastIndex(b => b.Kind == BlockKind.Body);
        Assert.StartsWith("Negotiations between Armenian and Azerbaijani leaders", blocks[lastBody].Text, StringComparison.Ordinal);
        Assert.Equal(BlockKind.Body, blocks.Single(b => b.Text.StartsWith("I think the pace", StringComparison.Ordinal)).Kind);
        Assert.Equal([BlockKind.Boilerplate, BlockKind.Boilerplate], blocks.TakeLast(2).Select(b => b.Kind));
    }

    [Fact]
    public void Classify_Seed003_HeadlineCaptionHeadingAndTrailingNotes()
    {
        var blocks = ArticleCleaner.Default.Classify(SeedsFolder.ReadSeed("003"));

        Assert.Equal([BlockKind.Headline, BlockKind.Caption], blocks.Take(2).Select(b => b.Kind));
        Assert.Equal("Moscow on the sidelines", Assert.Single(blocks, b => b.Kind == BlockKind.SectionHeading).Text);
        Assert.Equal([BlockKind.Boilerplate, BlockKind.Boilerplate, BlockKind.Boilerplate], blocks.TakeLast(3).Select(b => b.Kind));
        Assert.Equal("Moscow on the sidelines", blocks[^4].Section);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("004")]
    public void Classify_SeedWithoutFurniture_EveryBlockIsBody(string seed)
    {
        var blocks = ArticleCleaner.Default.Classify(SeedsFolder.ReadSeed(seed));

        Assert.All(blocks, b => Assert.Equal(BlockKind.Body, b.Kind));
    }
}
