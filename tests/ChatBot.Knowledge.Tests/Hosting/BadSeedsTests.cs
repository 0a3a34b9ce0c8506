using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Tests.Corpus;

namespace ChatBot.Knowledge.Tests.Hosting;

/// <summary>Bad seed files and catalog entries: each is reported with its reason and never breaks the reindex.</summary>
public sealed class BadSeedsTests
{
    private const string Question = "Where did the border commissions meet in October 2025?";

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], "empty" },
        { "binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00], "binary" },
        { "latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x74, 0x61, 0x6C, 0x6B, 0x73], "not UTF-8" },
        { "nobody.txt", System.Text.Encoding.UTF8.GetBytes(TestArticles.NoBody), "no body paragraphs" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Reindex_BadFile_SkipsItWithReasonAndIndexesTheRest(string file, byte[] bytes, string reason)
    {
        using var seeds = new TempSeeds();
        seeds.Write("gabala.txt", TestArticles.Gabala);
        seeds.WriteBytes(file, bytes);
        using var harness = new AdminHarness(seeds.Path);

        var report = harness.Admin.Reindex();

        Assert.Equal(ReindexOutcome.Built, report.Outcome);
        Assert.Equal(1, report.Sources);
        Assert.Contains(new SkippedSeed(file, reason), report.Skipped);
        Assert.Contains($"Skipped: {file} ({reason}).", ReindexReportText.Format(report), StringComparison.Ordinal);
        Assert.Equal("gabala.txt", harness.Ask(Question).Citations[0].File);
    }

    [Theory]
    [InlineData("""{"sources":[{"file":"gabala.txt","title":"Gabala","published":"14 Oct 2025"}]}""", "catalog entry has an unparseable date '14 Oct 2025'")]
    [InlineData("""{"sources":[{"file":"gabala.txt","title":"Gabala","published":"2025-02-30"}]}""", "catalog entry has an unparseable date '2025-02-30'")]
    [InlineData("""{"sources":[{"file":"gabala.txt","title":7,"published":20251014}]}""", "catalog entry has no published date")]
    [InlineData("""{"sources":[{"title":"Gabala","published":"2025-10-14"}]}""", "catalog entry has no file (entry 1)")]
    [InlineData("""{"sources":["gabala.txt"]}""", "catalog entry 1 is not an object")]
    [InlineData("""{"sources":{"file":"gabala.txt"}}""", "has no \"sources\" array")]
    [InlineData("""{"sources":[{"file":"gabala.txt",""", "is not valid JSON")]
    [InlineData("\u0000\u0001binary", "is not valid JSON")]
    public void Reindex_MalformedCatalog_IndexesTheFileWithInferredMetadataAndReportsTheProblem(string catalog, string reason)
    {
        using var seeds = new TempSeeds();
        seeds.Write("gabala.txt", TestArticles.Gabala);
        seeds.Write("catalog.json", catalog);
        using var harness = new AdminHarness(seeds.Path);

        var report = harness.Admin.Reindex();

        Assert.Equal(ReindexOutcome.Built, report.Outcome);
        var added = Assert.Single(report.Added);
        Assert.False(added.IsCataloged);
        Assert.Equal(new DateOnly(2025, 10, 14), added.Published);
        Assert.Contains(report.Skipped, s => s.Reason.Contains(reason, StringComparison.Ordinal));
        Assert.Contains("Catalog problems: ", ReindexReportText.Format(report), StringComparison.Ordinal);
        Assert.Equal("gabala.txt", harness.Ask(Question).Citations[0].File);
    }

    [Fact]
    public void Reindex_CatalogEntryForMissingFile_IsSkippedWithReason()
    {
        using var seeds = new TempSeeds();
        seeds.Write("gabala.txt", TestArticles.Gabala);
        seeds.Write("catalog.json", """{"sources":[{"file":"gone.txt","title":"Gone","published":"2025-01-01"}]}""");
        using var harness = new AdminHarness(seeds.Path);

        var report = harness.Admin.Reindex();

        Assert.Equal(ReindexOutcome.Built, report.Outcome);
        Assert.Contains("Skipped: gone.txt (catalog entry's file is missing).", ReindexReportText.Format(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Reindex_NothingValidLeft_FailsAndThePreviousIndexKeepsServing()
    {
        using var seeds = new TempSeeds();
        var good = seeds.Write("gabala.txt", TestArticles.Gabala);
        using var harness = new AdminHarness(seeds.Path);
        var first = harness.Admin.Reindex();
        File.Delete(good);
        seeds.WriteBytes("empty.txt", []);
        seeds.Write("nobody.txt", TestArticles.NoBody);

        var report = harness.Admin.Reindex();

        Assert.Equal(ReindexOutcome.Failed, report.Outcome);
        Assert.Equal(first.Version, report.Version);
        Assert.Equal(first.Version, harness.Admin.Status.Version);
        Assert.StartsWith("Reindex failed: no usable seed articles were found. The previous index (version 1) keeps serving.", ReindexReportText.Format(report), StringComparison.Ordinal);
        Assert.Equal("gabala.txt", harness.Ask(Question).Citations[0].File);
    }

    [Fact]
    public void Reindex_AllBadSeedsAddedToACopyOfTheSeeds_ReportsEachAndKeepsAnswering()
    {
        using var seeds = CopyOfRealSeeds();
        using var harness = new AdminHarness(seeds.Path);
        var before = harness.Admin.EnsureLoaded();
        seeds.WriteBytes("empty.txt", []);
        seeds.WriteBytes("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D]);
        seeds.WriteBytes("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x74, 0x61, 0x6C, 0x6B, 0x73]);
        seeds.Write("nobody.txt", TestArticles.NoBody);
        seeds.Write("gabala.txt", TestArticles.Gabala);
        var catalog = File.ReadAllText(Path.Combine(seeds.Path, "catalog.json"));
        seeds.Write("catalog.json", catalog.Replace("\"sources\": [", """
            "sources": [
              {"file": "gabala.txt", "title": "Gabala", "published": "mid-October"},
              {"file": "gone.txt", "title": "Gone", "published": "2025-01-01"},
              {"file": 42, "published": "2025-01-01"},
              "not an entry",
            """, StringComparison.Ordinal));

        var report = harness.Admin.Reindex();

        Assert.Equal(ReindexOutcome.Built, report.Outcome);
        Assert.Equal(before.Sources + 1, report.Sources);
        Assert.Equal("gabala.txt", Assert.Single(report.Added).File);
        var text = ReindexReportText.Format(report);
        Assert.Contains("Skipped: binary.txt (binary); empty.txt (empty); gone.txt (catalog entry's file is missing); latin1.txt (not UTF-8); nobody.txt (no body paragraphs).", text, StringComparison.Ordinal);
        Assert.Contains("gabala.txt (catalog entry has an unparseable date 'mid-October')", text, StringComparison.Ordinal);
        Assert.Contains("catalog entry has no file (entry 3)", text, StringComparison.Ordinal);
        Assert.Contains("catalog entry 4 is not an object", text, StringComparison.Ordinal);
        Assert.Contains("Nurtleu", harness.Ask("Who hosted the talks in Almaty?").Citations[0].Passage, StringComparison.Ordinal);
        Assert.Equal("gabala.txt", harness.Ask(Question).Citations[0].File);
    }

    internal static TempSeeds CopyOfRealSeeds()
    {
        var seeds = new TempSeeds();
        foreach (var file in Directory.GetFiles(SeedsFolder.Path)) File.Copy(file, Path.Combine(seeds.Path, Path.GetFileName(file)));
        return seeds;
    }
}
