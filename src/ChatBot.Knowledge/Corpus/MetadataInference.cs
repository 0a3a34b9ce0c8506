using System.Globalization;
using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Corpus;

/// <summary>Title and date for a seed file that has no catalog entry.</summary>
internal static class MetadataInference
{
    private const int MaxTitleLength = 100;

    /// <summary>Start of the date basis of a date taken from the text.</summary>
    internal const string FromTextBasis = "inferred: the latest date the text mentions";

    /// <summary>The date basis of a date taken from the file's modification time.</summary>
    internal const string FromFileTimeBasis = "inferred: the file's modification time (the text mentions no full date)";

    /// <summary>The headline when the article has one, else its first sentence, shortened at a word boundary.</summary>
    public static string InferTitle(string text, string fileName)
    {
        var blocks = ArticleCleaner.Default.Classify(text);
        var block = blocks.FirstOrDefault(b => b.Kind == BlockKind.Headline)
            ?? blocks.FirstOrDefault(b => b.Kind == BlockKind.Body)
            ?? blocks.FirstOrDefault(b => b.Kind != BlockKind.Boilerplate);
        if (block is null)
        {
            return Path.GetFileNameWithoutExtension(fileName);
        }

        var sentences = SentenceSplitter.Default.Split(block.Text);
        var title = sentences.Count > 0 ? sentences[0].Of(block.Text) : block.Text;
        return Shorten(title);
    }

    /// <summary>The latest full date the text mentions (not in the future), else the file's modification date.</summary>
    public static (DateOnly Date, string Basis) InferDate(string text, DateTime fileTimeUtc, DateOnly today)
    {
        var latest = TextDates.Find(text).Where(d => d <= today).DefaultIfEmpty().Max();
        if (latest != default)
        {
            return (latest, FromTextBasis + " (" + latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")");
        }

        return (DateOnly.FromDateTime(fileTimeUtc), FromFileTimeBasis);
    }

    private static string Shorten(string title)
    {
        if (title.Length <= MaxTitleLength)
        {
            return title;
        }

        var cut = title.LastIndexOf(' ', MaxTitleLength);
        var head = title[..(cut > MaxTitleLength / 2 ? cut : MaxTitleLength)].TrimEnd(',', ';', ':', ' ', '\u2014', '\u2013', '-');
        return head + "\u2026";
    }
}
