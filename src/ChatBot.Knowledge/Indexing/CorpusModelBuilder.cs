using System.Security.Cryptography;
using System.Text;
using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// Runs the pipeline over loaded seeds: cleaning, sentences, facts, analyzed terms. Articles are processed in
/// parallel; an article whose text and date are unchanged since the previous generation reuses its extraction.
/// </summary>
internal sealed class CorpusModelBuilder(KnowledgeText text, FactExtractor extractor)
{
    private static readonly byte[] EngineId = typeof(CorpusModelBuilder).Assembly.ManifestModule.ModuleVersionId.ToByteArray();

    public CorpusModel Build(CorpusLoadResult load) => Build(load, null, null);

    /// <param name="load">The seeds.</param>
    /// <param name="previous">Finds an extraction of the previous generation by content key (null when it has none), or null to extract everything.</param>
    /// <param name="progress">Told as each source is done, or null.</param>
    public CorpusModel Build(CorpusLoadResult load, Func<string, ExtractedArticle?>? previous, BuildProgress? progress)
    {
        ArgumentNullException.ThrowIfNull(load);
        var pool = new TermPool();
        var results = load.Documents
            .AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(document =>
            {
                var result = Extract(document, previous, pool);
                progress?.SourceDone();
                return result;
            })
            .ToList();
        var skipped = load.Skipped.ToList();
        skipped.AddRange(results.Where(r => r.Skipped is not null).Select(r => r.Skipped!));
        // The model keeps the articles' texts; the loaded documents are let go, so a reused article's text is not held twice.
        return CorpusModel.Assemble(results.Where(r => r.Article is not null).Select(r => r.Article!).ToList(), load with { Documents = [], Skipped = skipped });
    }

    /// <summary>Identifies what an article's extraction depends on: its text, its publication date and this engine build.</summary>
    public static string ContentKey(SeedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(EngineId);
        hash.AppendData(BitConverter.GetBytes(document.Source.Published.DayNumber));
        hash.AppendData(Encoding.UTF8.GetBytes(document.Text));
        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));
    }

    private (ExtractedArticle? Article, SkippedSeed? Skipped) Extract(SeedDocument document, Func<string, ExtractedArticle?>? previous, TermPool pool)
    {
        var key = ContentKey(document);
        if (previous?.Invoke(key) is { } known) return (known.WithSource(document.Source), null);
        try
        {
            var extracted = Process(document, key, pool);
            return extracted.Paragraphs.Count == 0
                ? (null, new SkippedSeed(document.Source.File, "no body paragraphs"))
                : (extracted, null);
        }
#pragma warning disable CA1031 // One seed the pipeline cannot handle is reported and left out; the others are still indexed.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return (null, new SkippedSeed(document.Source.File, "could not be processed (" + ex.Message + ")"));
        }
    }

    private ExtractedArticle Process(SeedDocument document, string key, TermPool pool)
    {
        var article = new SourceArticle(document.Source, document.Text, ArticleCleaner.Default.Classify(document.Text));
        var paragraphs = new List<ExtractedParagraph>(article.BodyParagraphs.Count);
        var headline = article.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Headline)?.Text;
        foreach (var block in article.BodyParagraphs)
        {
            var sentences = SentenceSplitter.Default.Split(block.Text)
                .Select(s => new TextSpan(block.Start + s.Start, s.Length))
                .ToList();
            var facts = extractor.ExtractParagraph(document.Text, block, sentences, document.Source.Published, headline)
                .Select(f => new ExtractedFact(f, TermSet.From(text.Terms(f.Text), pool)))
                .ToList();
            paragraphs.Add(new ExtractedParagraph(TermSet.From(text.Terms($"{block.Section} {block.Text}"), pool), facts));
        }

        return new ExtractedArticle(article, key, paragraphs);
    }
}
