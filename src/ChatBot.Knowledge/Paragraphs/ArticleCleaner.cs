#pragma warning disable CA1822
namespace ChatBot.Knowledge.Paragraphs;

/// <summary>Splits an article into blocks and classifies each one.</summary>
public sealed class ArticleCleaner
{
    public static ArticleCleaner Default { get; } = new();

    /// <summary>Returns the article's non-blank blocks in order, each classified.</summary>
    public IReadOnlyList<Block> Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<Block>();
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                blocks.Add(new Block(BlockKind.Body, start + line.IndexOf(trimmed, StringComparison.Ordinal), trimmed.Length, trimmed));
            }

            start += line.Length + 1;
        }

        return blocks;
    }
}
