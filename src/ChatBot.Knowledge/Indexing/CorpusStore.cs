using System.Text;
using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// The corpus model of a generation on disk (<c>corpus.bin</c>): each article's text, blocks, facts with their dates,
/// quantities, names, speakers and topics, the analyzed terms, the load report and the spelling vocabulary. Opening a
/// generation reads this instead of running the pipeline over the seeds again, and a reindex reuses its articles.
/// </summary>
internal static partial class CorpusStore
{
    public const string FileName = "corpus.bin";

    private const int Magic = 0x53434243; // "CBCS"
    // Version 2 adds the directory of articles by content key, so a reindex can read the unchanged ones alone.
    private const int FormatVersion = 2;
    private const int HeaderLength = 16;

    /// <summary>Writes <paramref name="model"/> and <paramref name="vocabulary"/> into <paramref name="folder"/>.</summary>
    public static void Write(string folder, CorpusModel model, IReadOnlySet<string> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var path = Path.Combine(folder, FileName);
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = new StoreWriter(stream))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(0L); // where the directory of articles starts, filled in below
            WriteStrings(writer, model.Load.Notes);
            writer.Write(model.Load.Skipped.Count);
            foreach (var skipped in model.Load.Skipped)
            {
                writer.Write(skipped.File);
                writer.Write(skipped.Reason);
            }

            writer.Write(model.Extracted.Count);
            var offsets = new long[model.Extracted.Count];
            for (var i = 0; i < offsets.Length; i++)
            {
                writer.Flush();
                offsets[i] = stream.Position;
                WriteArticle(writer, model.Extracted[i]);
            }

            WriteStrings(writer, vocabulary);
            WriteDirectory(writer, model.Extracted, offsets);
            writer.WriteSharedTable();
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The model and vocabulary stored in <paramref name="folder"/>, or null when there is none or it is unreadable.</summary>
    public static (CorpusModel Model, HashSet<string> Vocabulary)? TryRead(string? folder)
    {
        if (folder is null) return null;
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new StoreReader(stream);
            if (!ReadHeader(reader)) return null;
            reader.ReadSharedTable(HeaderLength);
            var notes = ReadStrings(reader);
            var skipped = new SkippedSeed[reader.ReadInt32()];
            for (var i = 0; i < skipped.Length; i++) skipped[i] = new SkippedSeed(reader.ReadString(), reader.ReadString());
            var articles = new ExtractedArticle[reader.ReadInt32()];
            for (var i = 0; i < articles.Length; i++) articles[i] = ReadArticle(reader);
            var vocabulary = ReadStrings(reader).ToHashSet(StringComparer.Ordinal);
            return (CorpusModel.Assemble(articles, new CorpusLoadResult([], skipped, notes)), vocabulary);
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            // EndOfStreamException is an IOException; a damaged file means the generation is rebuilt from the seeds.
            return null;
        }
    }

    private static bool IsDamage(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException or IndexOutOfRangeException or OverflowException;

    /// <summary>Checks the magic and version and skips the directory offset; false for another format.</summary>
    private static bool ReadHeader(StoreReader reader)
    {
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion) return false;
        reader.ReadInt64();
        return true;
    }

    private static void WriteArticle(StoreWriter writer, ExtractedArticle extracted)
    {
        var article = extracted.Article;
        writer.Write(extracted.ContentKey);
        WriteSource(writer, article.Source);
        writer.Write(article.Text);
        writer.Write(article.Blocks.Count);
        foreach (var block in article.Blocks)
        {
            writer.Write((byte)block.Kind);
            writer.Write(block.Start);
            writer.Write(block.Length);
            WriteOptional(writer, block.Section);
        }

        writer.Write(extracted.Paragraphs.Count);
        foreach (var paragraph in extracted.Paragraphs)
        {
            WriteShared(writer, paragraph.Terms);
            writer.Write(paragraph.Facts.Count);
            foreach (var fact in paragraph.Facts)
            {
                WriteFact(writer, fact.Fact);
                WriteShared(writer, fact.Terms);
            }
        }
    }

    private static ExtractedArticle ReadArticle(StoreReader reader)
    {
        var key = reader.ReadString();
        var source = ReadSource(reader);
        var text = reader.ReadString();
        var blocks = new Block[reader.ReadInt32()];
        for (var i = 0; i < blocks.Length; i++)
        {
            var kind = (BlockKind)reader.ReadByte();
            var start = reader.ReadInt32();
            var length = reader.ReadInt32();
            blocks[i] = new Block(kind, text, start, length, ReadOptional(reader));
        }

        var paragraphs = new ExtractedParagraph[reader.ReadInt32()];
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var terms = ReadTerms(reader);
            var facts = new ExtractedFact[reader.ReadInt32()];
            for (var f = 0; f < facts.Length; f++) facts[f] = new ExtractedFact(ReadFact(reader, text), ReadTerms(reader));
            paragraphs[p] = new ExtractedParagraph(terms, facts);
        }

        return new ExtractedArticle(new SourceArticle(source, text, blocks), key, paragraphs);
    }

    private static void WriteSource(StoreWriter writer, Source source)
    {
        writer.Write(source.File);
        writer.Write(source.Title);
        WriteOptional(writer, source.Publisher);
        writer.Write(source.Published.DayNumber);
        WriteOptional(writer, source.Url);
        WriteOptional(writer, source.Author);
        writer.Write(source.DateBasis);
        writer.Write(source.IsCataloged);
    }

    private static Source ReadSource(StoreReader reader) => new(
        reader.ReadString(),
        reader.ReadString(),
        ReadOptional(reader),
        DateOnly.FromDayNumber(reader.ReadInt32()),
        ReadOptional(reader),
        ReadOptional(reader),
        reader.ReadString(),
        reader.ReadBoolean());
}
