using ChatBot.Knowledge.Paragraphs;
using ChatBot.Knowledge.Tests.Corpus;

namespace ChatBot.Knowledge.Tests.Paragraphs;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("The U.S. Secretary of State met Mr. Smith and Dr. Jones. They talked.", "The U.S. Secretary of State met Mr. Smith and Dr. Jones.|They talked.")]
    [InlineData("They met in St. Petersburg on Jan. 10 under Article No. 5 of the deal. It held.", "They met in St. Petersburg on Jan. 10 under Article No. 5 of the deal.|It held.")]
    [InlineData("Some issues, e.g. transit, i.e. roads, etc. remain open. Others do not.", "Some issues, e.g. transit, i.e. roads, etc. remain open.|Others do not.")]
    [InlineData("The report was written by J. R. Smith for the ministry. It was long.", "The report was written by J. R. Smith for the ministry.|It was long.")]
    [InlineData("Baku reclaimed 6.5 sq/km of land and 1.9 km of road. Yerevan objected.", "Baku reclaimed 6.5 sq/km of land and 1.9 km of road.|Yerevan objected.")]
    [InlineData("He said it was held in a \u201Cconstructive atmosphere.\u201D Talks will go on.", "He said it was held in a \u201Cconstructive atmosphere.\u201D|Talks will go on.")]
    [InlineData("\u201CThe differences still exist,\u201D the ministry said on Monday.", "\u201CThe differences still exist,\u201D the ministry said on Monday.")]
    [InlineData("\u201CIs peace possible?\u201D he asked. Nobody answered.", "\u201CIs peace possible?\u201D he asked.|Nobody answered.")]
    [InlineData("It ended... The next day talks resumed. They waited\u2026 and waited.", "It ended...|The next day talks resumed.|They waited\u2026 and waited.")]
    [InlineData("Supplies came from the U.S. The EU sent monitors.", "Supplies came from the U.S.|The EU sent monitors.")]
    [InlineData("They listed roads, bridges, etc. The list was long.", "They listed roads, bridges, etc.|The list was long.")]
    [InlineData("Read in Russian on SOVA.News. Read on On.ge today.", "Read in Russian on SOVA.News.|Read on On.ge today.")]
    [InlineData("Was it a deal? Yes! It was signed.", "Was it a deal?|Yes!|It was signed.")]
    [InlineData("The case Armenia v. Azerbaijan continues.", "The case Armenia v. Azerbaijan continues.")]
    [InlineData("  Leading and trailing space.\u00a0 ", "Leading and trailing space.")]
    [InlineData("First line without stop\nSecond line.", "First line without stop|Second line.")]
    public void Split_Paragraph_ReturnsExpectedSentences(string text, string expected)
    {
        var sentences = SentenceSplitter.Default.Split(text).Select(s => s.Of(text));

        Assert.Equal(expected.Split('|'), sentences);
    }

    [Fact]
    public void Split_Empty_ReturnsNothing()
    {
        Assert.Empty(SentenceSplitter.Default.Split("  \n "));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    public void Split_SeedBody_SpansAreTrimmedAndInOrder(string seed)
    {
        var blocks = ArticleCleaner.Default.Classify(SeedsFolder.ReadSeed(seed)).Where(b => b.Kind == BlockKind.Body);

        foreach (var block in blocks)
        {
            var spans = SentenceSplitter.Default.Split(block.Text);
            Assert.NotEmpty(spans);
            Assert.All(spans, s => Assert.Equal(s.Of(block.Text).Trim(), s.Of(block.Text)));
            Assert.All(spans.Zip(spans.Skip(1)), p => Assert.True(p.First.End <= p.Second.Start));
        }
    }

    [Fact]
    public void Split_SeedSentenceWithDecimals_IsOneSentence()
    {
        var text = SeedsFolder.ReadSeed("001");
        var block = ArticleCleaner.Default.Classify(text).First(b => b.Text.Contains("6.5 sq/km", StringComparison.Ordinal));

        var sentence = SentenceSplitter.Default.Split(block.Text).Select(s => s.Of(block.Text)).Single(s => s.Contains("6.5", StringComparison.Ordinal));

        Assert.Equal("Baku declared it reclaimed 6.5 sq/km of its territory.", sentence);
    }
}
