using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Tests.Corpus;

namespace ChatBot.Knowledge.Tests.Indexing;

/// <summary>The start-up check that decides between opening the stored index and rebuilding it.</summary>
public sealed class SeedFingerprintTests : IDisposable
{
    private readonly TempSeeds _seeds = new();

    public SeedFingerprintTests() => _seeds.Write("a.txt", "First article.\n\nIt has a body paragraph.");

    [Fact]
    public void Compute_NothingChanged_IsTheSame() =>
        Assert.Equal(SeedFingerprint.Compute(_seeds.Path), SeedFingerprint.Compute(_seeds.Path));

    [Fact]
    public void Compute_ArticleAdded_Changes()
    {
        var before = SeedFingerprint.Compute(_seeds.Path);
        _seeds.Write("b.txt", "Second article.");

        Assert.NotEqual(before, SeedFingerprint.Compute(_seeds.Path));
    }

    [Fact]
    public void Compute_ArticleEditedToTheSameLength_Changes()
    {
        var path = Path.Combine(_seeds.Path, "a.txt");
        File.SetLastWriteTimeUtc(path, new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var before = SeedFingerprint.Compute(_seeds.Path);
        _seeds.Write("a.txt", "FIRST ARTICLE.\n\nIt has a body paragraph.");

        Assert.NotEqual(before, SeedFingerprint.Compute(_seeds.Path));
    }

    public void Dispose() => _seeds.Dispose();
}
