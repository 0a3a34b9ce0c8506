using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Tests.Hosting;

public sealed class ReindexReportTextTests
{
    private static readonly Source Inferred = new("005_new.txt", "Leaders initial the peace agreement", null, new DateOnly(2025, 8, 8), null, null, "inferred: the latest date the text mentions (2025-08-08)", false);
    private static readonly Source FromFileTime = Inferred with { File = "006.txt", Title = "Undated", DateBasis = "inferred: the file's modification time (the text mentions no full date)" };
    private static readonly Source Cataloged = new("001.txt", "Year in review", "EVN Report", new DateOnly(2024, 12, 20), null, null, "catalog", true);

    [Fact]
    public void Format_Built_SummarisesThenListsNewSkippedAndCatalogProblems()
    {
        var report = Report(ReindexOutcome.Built, added: [Inferred], skipped: [new("bad.txt", "not UTF-8"), new("x.txt", "catalog entry has no published date")]);

        var text = ReindexReportText.Format(report);

        Assert.Equal(
            "Reindexed in 0.8 s: 6 sources (1 new, 0 changed, 0 removed), 190 paragraphs, 1,020 facts. Index version 7 now serves.\n"
            + "New: Leaders initial the peace agreement (8 August 2025, inferred from the text because the catalog has no entry).\n"
            + "Skipped: bad.txt (not UTF-8).\n"
            + "Catalog problems: x.txt (catalog entry has no published date). Files without a usable catalog entry are indexed with metadata inferred from their text.",
            text);
    }

    [Fact]
    public void Format_ChangedRemovedAndDatedFromFileTime_EachHasALine()
    {
        var report = Report(ReindexOutcome.Built, added: [FromFileTime], changed: [Cataloged], removed: ["old.txt"]);

        var lines = ReindexReportText.Format(report).Split('\n');

        Assert.Equal("New: Undated (8 August 2025, the file's date, because the catalog has no entry and the text names no full date).", lines[1]);
        Assert.Equal("Changed: Year in review (EVN Report, 20 December 2024).", lines[2]);
        Assert.Equal("Removed: old.txt.", lines[3]);
    }

    [Theory]
    [InlineData(7, "Reindex failed: no usable seed articles were found. The previous index (version 7) keeps serving.")]
    [InlineData(0, "Reindex failed: no usable seed articles were found. No index is serving yet.")]
    public void Format_Failed_SaysWhyAndWhatKeepsServing(int version, string expected)
    {
        var report = Report(ReindexOutcome.Failed, version: version, error: "no usable seed articles were found");

        Assert.Equal(expected, ReindexReportText.Format(report));
    }

    [Fact]
    public void Format_NoteAboutANewFile_IsNotRepeated()
    {
        var report = Report(ReindexOutcome.Built, added: [Inferred], notes: ["005_new.txt: no catalog entry; title \"Leaders\", published 2025-08-08.", "a.txt: catalog entry has no title; using \"A\"."]);

        var text = ReindexReportText.Format(report);

        Assert.DoesNotContain("005_new.txt: no catalog entry", text, StringComparison.Ordinal);
        Assert.EndsWith("\nNote: a.txt: catalog entry has no title; using \"A\".", text, StringComparison.Ordinal);
    }

    private static ReindexReport Report(
        ReindexOutcome outcome, int version = 7, Source[]? added = null, Source[]? changed = null, string[]? removed = null,
        SkippedSeed[]? skipped = null, string[]? notes = null, string? error = null) =>
        new(outcome, version, TimeSpan.FromSeconds(0.8), 6, 190, 1020, added ?? [], changed ?? [], removed ?? [], skipped ?? [], notes ?? [], error);
}
