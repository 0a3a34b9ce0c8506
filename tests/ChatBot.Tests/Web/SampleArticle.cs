using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Tests.Web;

/// <summary>A small article built the way the corpus builds one: text plus blocks pointing into it.</summary>
public static class SampleArticle
{
    public const string File = "almaty-talks.txt";

    public const string Title = "Armenian and Azerbaijani foreign ministers end two-day talks in Almaty";

    public const string CitedPassage = "hosted by Kazakhstan's foreign minister Murat Nurtleu";

    public static readonly string[] Paragraphs =
    [
        "The foreign ministers of Armenia and Azerbaijan met in Almaty on Friday.",
        "Ararat Mirzoyan and Jeyhun Bayramov kicked off the latest round of talks, hosted by Kazakhstan's foreign minister Murat Nurtleu, on Friday.",
        "The sides agreed to continue negotiations on the <draft> peace treaty & border delimitation.",
    ];

    public static SourceArticle Create()
    {
        var text = Title + string.Concat(Paragraphs.Select(p => "\n\n" + p));
        var blocks = new List<Block> { new(BlockKind.Headline, text, 0, Title.Length) };
        foreach (var paragraph in Paragraphs)
        {
            blocks.Add(new Block(BlockKind.Body, text, text.IndexOf(paragraph, StringComparison.Ordinal), paragraph.Length, paragraph == Paragraphs[2] ? "Next steps" : null));
        }

        var source = new Source(File, Title, "Example News", new DateOnly(2024, 5, 13), "https://news.example/almaty", null, "catalog", true);
        return new SourceArticle(source, text, blocks);
    }

    /// <summary>Character offset of <see cref="CitedPassage"/> in the article text.</summary>
    public static int CitedStart => Create().Text.IndexOf(CitedPassage, StringComparison.Ordinal);
}
