using ChatBot.Knowledge.Corpus;

namespace ChatBot.Knowledge.Tests.Corpus;

public sealed class CatalogReaderTests
{
    [Theory]
    [InlineData("EVN Report (inferred from its related-articles list)", "EVN Report")]
    [InlineData("The Armenian Weekly", "The Armenian Weekly")]
    [InlineData("Radio Free Europe (RFE/RL)", "Radio Free Europe")]
    [InlineData("(unknown)", null)]
    [InlineData(null, null)]
    public void DisplayPublisher_TrailingParenthetical_IsCut(string? publisher, string? expected)
    {
        Assert.Equal(expected, CatalogReader.DisplayPublisher(publisher));
    }

    [Fact]
    public void Read_DuplicateEntry_KeepsFirstAndReportsSecond()
    {
        using var seeds = new TempSeeds();
        seeds.Write("catalog.json", """{"sources":[{"file":"a.txt","title":"First","published":"2024-01-01"},{"file":"a.txt","title":"Second","published":"2024-01-02"}]}""");

        var catalog = CatalogReader.Read(seeds.Path);

        Assert.Equal("First", catalog.Entries["a.txt"].Title);
        Assert.Contains("duplicate", Assert.Single(catalog.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EntryWithPath_IsRejected()
    {
        using var seeds = new TempSeeds();
        seeds.Write("catalog.json", """{"sources":[{"file":"../secret.txt","title":"X","published":"2024-01-01"}]}""");

        var catalog = CatalogReader.Read(seeds.Path);

        Assert.Empty(catalog.Entries);
        Assert.Single(catalog.Skipped);
    }
}
