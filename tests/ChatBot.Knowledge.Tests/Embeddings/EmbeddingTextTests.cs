using ChatBot.Knowledge.Embeddings;

namespace ChatBot.Knowledge.Tests.Embeddings;

public sealed class EmbeddingTextTests
{
    [Fact]
    public void Normalize_CurlyQuotesAndDashes_Straightened()
    {
        var text = EmbeddingText.Normalize("Peace deal \u2018within reach\u2019 \u2014 Blinken said \u201cyes\u201d");

        Assert.Equal("Peace deal 'within reach' - Blinken said \"yes\"", text);
    }

    [Fact]
    public void Normalize_LineBreaksAndTabs_SingleSpaces()
    {
        var text = EmbeddingText.Normalize("  The talks\r\n\tended\u00A0 in Almaty.\n");

        Assert.Equal("The talks ended in Almaty.", text);
    }

    [Fact]
    public void Normalize_VeryLongText_Cut()
    {
        var text = EmbeddingText.Normalize(string.Concat(Enumerable.Repeat("border ", 2000)));

        Assert.True(text.Length <= EmbeddingText.MaxChars);
    }
}
