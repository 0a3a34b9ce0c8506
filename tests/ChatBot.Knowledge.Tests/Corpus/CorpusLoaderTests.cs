using ChatBot.Knowledge.Corpus;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Knowledge.Tests.Corpus;

public sealed class CorpusLoaderTests
{
    private const string Article = "Leaders meet in Geneva\n\nThe two leaders met on 3 March 2024 in Geneva. They spoke for an hour.\n";

    [Fact]
    public void Load_RealSeeds_LoadsEveryFileWithCatalogMetadata()
    {
        var result = CreateSut().Load(SeedsFolder.Path);

        Assert.Empty(result.Skipped);
        Assert.Equal(5, result.Documents.Count);
        Assert.Equal(result.Documents.Select(d => d.Source.File).Order(StringComparer.Ordinal), result.Documents.Select(d => d.Source.File));
        Assert.All(result.Documents, d => Assert.True(d.Source.IsCataloged));
        var evn = result.Documents[1].Source;
        Assert.Equal("EVN Report", evn.Publisher);
        Assert.Equal(new DateOnly(2024, 12, 20), evn.Published);
        Assert.Equal("Lillian Avedian", result.Documents[2].Source.Author);
    }

    [Fact]
    public void Load_RealSeeds_KeepsTextExactlyAsInFile()
    {
        var result = CreateSut().Load(SeedsFolder.Path);

        Assert.Equal(File.ReadAllText(Path.Combine(SeedsFolder.Path, result.Documents[0].Source.File)), result.Documents[0].Text);
    }

    [Fact]
    public void Load_MissingFolder_ReturnsEmptyResultWithReason()
    {
        var result = CreateSut().Load(Path.Combine(Path.GetTempPath(), "no-such-seeds-" + Guid.NewGuid().ToString("N")));

        Assert.Empty(result.Documents);
        Assert.Contains("not found", Assert.Single(result.Skipped).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "empty")]
    [InlineData(new byte[] { 0x41, 0x00, 0x42, 0x43 }, "binary")]
    [InlineData(new byte[] { 0x41, 0xC3, 0x28, 0x42 }, "not UTF-8")]
    [InlineData(new byte[] { 0x41, 0xFF, 0xFE, 0x42 }, "not UTF-8")]
    public void Load_BadFile_SkipsItWithReasonAndKeepsTheOthers(byte[] bytes, string reason)
    {
        using var seeds = new TempSeeds();
        seeds.WriteBytes("bad.txt", bytes);
        seeds.Write("good.txt", Article);

        var result = CreateSut().Load(seeds.Path);

        Assert.Equal("good.txt", Assert.Single(result.Documents).Source.File);
        Assert.Equal(new SkippedSeed("bad.txt", reason), Assert.Single(result.Skipped, s => s.File == "bad.txt"));
    }

    [Fact]
    public void Load_FileWithBom_StripsBomAndKeepsRest()
    {
        using var seeds = new TempSeeds();
        seeds.WriteBytes("a.txt", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Article)]);

        var result = CreateSut().Load(seeds.Path);

        Assert.Equal(Article, Assert.Single(result.Documents).Text);
    }

    [Fact]
    public void Load_FileNames_AreInOrdinalOrder()
    {
        using var seeds = new TempSeeds();
        foreach (var name in new[] { "b.txt", "B.txt", "a.txt", "10.txt", "9.txt" })
        {
            seeds.Write(name, Article);
        }

        seeds.Write("notes.md", "not a seed");

        var result = CreateSut().Load(seeds.Path);

        Assert.Equal(["10.txt", "9.txt", "B.txt", "a.txt", "b.txt"], result.Documents.Select(d => d.Source.File));
    }

    [Fact]
    public void Load_CatalogEntry_UsesItsMetadataAndDisplayPublisher()
    {
        using var seeds = new TempSeeds();
        seeds.Write("a.txt", Article);
        seeds.Write("catalog.json", """
            {"sources":[{"file":"a.txt","title":"Geneva talks","titleKind":"descriptive","publisher":"Daily Planet (inferred from its footer)",
              "author":"Lois Lane","published":"2024-03-04","dateBasis":"Reports talks of 3 March 2024.","url":"https://example.org/a"}]}
            """);

        var source = Assert.Single(CreateSut().Load(seeds.Path).Documents).Source;

        Assert.Equal(new Source("a.txt", "Geneva talks", "Daily Planet", new DateOnly(2024, 3, 4), "https://example.org/a", "Lois Lane", "Reports talks of 3 March 2024.", true), source);
    }

    [Fact]
    public void Load_MalformedCatalog_IndexesEveryFileWithInferredMetadata()
    {
        using var seeds = new TempSeeds();
        seeds.Write("a.txt", Article);
        seeds.Write("b.txt", Article);
        seeds.Write("catalog.json", "{\"sources\": [ {\"file\": \"a.txt\", ");

        var result = CreateSut().Load(seeds.Path);

        Assert.Equal(2, result.Documents.Count);
        Assert.All(result.Documents, d => Assert.False(d.Source.IsCataloged));
        Assert.Contains("not valid JSON", Assert.Single(result.Skipped).Reason, StringComparison.Ordinal);
        Assert.Contains(result.Notes, n => n.Contains("catalog.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_CatalogWithoutSourcesArray_IsReportedAndFilesStillIndexed()
    {
        using var seeds = new TempSeeds();
        seeds.Write("a.txt", Article);
        seeds.Write("catalog.json", "{\"sources\": {}}");

        var result = CreateSut().Load(seeds.Path);

        Assert.Single(result.Documents);
        Assert.Equal("catalog.json", Assert.Single(result.Skipped).File);
    }

    [Fact]
    public void Load_EntryWithoutFile_IsSkippedWithReason()
    {
        using var seeds = new TempSeeds();
        seeds.Write("a.txt", Article);
        seeds.Write("catalog.json", """{"sources":[{"title":"Orphan","published":"2024-01-01"},{"file":"a.txt","title":"A","published":"2024-03-04"}]}""");

        var result = CreateSut().Load(seeds.Path);

        Assert.True(Assert.Single(result.Documents).Source.IsCataloged);
        Assert.Contains("catalog entry has no file", Assert.Single(result.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EntryWithUnparseableDate_IsIgnoredAndFileGetsInferredMetadata()
    {
        using var seeds = new TempSeeds();
        seeds.Write("a.txt", Article);
        seeds.Write("catalog.json", """{"sources":[{"file":"a.txt","title":"A","published":"March 4th"}]}""");

        var result = CreateSut().Load(seeds.Path);

        var source = Assert.Single(result.Documents).Source;
        Assert.False(source.IsCataloged);
        Assert.Equal(new DateOnly(2024, 3, 3), source.Published);
        Assert.Equal(new SkippedSeed("a.txt", "catalog entry has an unparseable date 'March 4th'"), Assert.Single(result.Skipped));
    }

    [Fact]
    public void Load_EntryForMissingFile_IsReported()
    {
        using var seeds = new TempSeeds();
        seeds.Write("a.txt", Article);
        seeds.Write("catalog.json", """{"sources":[{"file":"gone.txt","title":"Gone","published":"2024-01-01"}]}""");

        var result = CreateSut().Load(seeds.Path);

        Assert.Single(result.Documents);
        Assert.Equal(new SkippedSeed("gone.txt", "catalog entry's file is missing"), Assert.Single(result.Skipped));
    }

    [Fact]
    public void Load_UncatalogedFile_InfersTitleFromHeadlineAndLatestDate()
    {
        using var seeds = new TempSeeds();
        seeds.Write("new.txt", "Leaders meet in Geneva\n\nOn January 10, 2024 the envoys met. A second round followed on 3 March 2024, after a 2023-12-01 draft.\n");
        seeds.Write("catalog.json", """{"sources":[]}""");
        var logger = new ListLogger<CorpusLoader>();

        var result = new CorpusLoader(logger).Load(seeds.Path);

        var source = Assert.Single(result.Documents).Source;
        Assert.Equal("Leaders meet in Geneva", source.Title);
        Assert.Equal(new DateOnly(2024, 3, 3), source.Published);
        Assert.False(source.IsCataloged);
        Assert.Contains("latest date", source.DateBasis, StringComparison.Ordinal);
        Assert.Contains(result.Notes, n => n.StartsWith("new.txt: no catalog entry", StringComparison.Ordinal));
        Assert.Contains(logger.Events, e => e.Id.Id == 102 && e.Message.Contains("new.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UncatalogedFileWithoutHeadline_TitleIsShortenedFirstSentence()
    {
        using var seeds = new TempSeeds();
        seeds.Write("new.txt", "Listen to the article.\nThe foreign ministers of both countries met again on Friday in a long-awaited round of negotiations that observers had expected for months. Talks went on.\n");

        var source = Assert.Single(CreateSut().Load(seeds.Path).Documents).Source;

        Assert.StartsWith("The foreign ministers of both countries met again", source.Title, StringComparison.Ordinal);
        Assert.EndsWith("\u2026", source.Title, StringComparison.Ordinal);
        Assert.True(source.Title.Length <= 101);
    }

    [Fact]
    public void Load_UncatalogedFileWithoutDates_UsesFileModificationTime()
    {
        using var seeds = new TempSeeds();
        var path = seeds.Write("new.txt", "Talks resumed on Friday. Nothing was signed.\n");
        File.SetLastWriteTimeUtc(path, new DateTime(2022, 6, 15, 12, 0, 0, DateTimeKind.Utc));

        var source = Assert.Single(CreateSut().Load(seeds.Path).Documents).Source;

        Assert.Equal(new DateOnly(2022, 6, 15), source.Published);
        Assert.Contains("modification time", source.DateBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UncatalogedFile_IgnoresFutureDates()
    {
        using var seeds = new TempSeeds();
        seeds.Write("new.txt", "The deal was signed on 3 March 2024. It expires on 1 January 2999.\n");

        var source = Assert.Single(CreateSut().Load(seeds.Path).Documents).Source;

        Assert.Equal(new DateOnly(2024, 3, 3), source.Published);
    }

    private static CorpusLoader CreateSut() => new(NullLogger<CorpusLoader>.Instance);
}
