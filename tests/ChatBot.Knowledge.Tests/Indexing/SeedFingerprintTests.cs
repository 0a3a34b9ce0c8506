using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Tests.Corpus;

namespace ChatBot.Knowledge.Tests.Indexing;

/// <summary>The start-up check that decides between opening the stored index and rebuilding it.</summary>
public sealed class SeedFingerprintTests : IDisposable
{
    private readonly TempSeeds _seeds = new();

    public SeedFingerprintTests() => _seeds.Write("a.txt", "First article.\n\nIt has a body paragraph.");

    [Fact]
    public void Both_NothingChanged_AreTheSame()
    {
        Assert.Equal(SeedFingerprint.Compute(_seeds.Path), SeedFingerprint.Compute(_seeds.Path));
        Assert.Equal(SeedFingerprint.Stamp(_seeds.Path), SeedFingerprint.Stamp(_seeds.Path));
    }

    [Fact]
    public void Both_ArticleAdded_Change()
    {
        var (fingerprint, stamp) = (SeedFingerprint.Compute(_seeds.Path), SeedFingerprint.Stamp(_seeds.Path));
        _seeds.Write("b.txt", "Second article.");

        Assert.NotEqual(fingerprint, SeedFingerprint.Compute(_seeds.Path));
        Assert.NotEqual(stamp, SeedFingerprint.Stamp(_seeds.Path));
    }

    [Fact]
    public void Both_ArticleEditedToTheSameLength_Change()
    {
        var path = Path.Combine(_seeds.Path, "a.txt");
        File.SetLastWriteTimeUtc(path, new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var (fingerprint, stamp) = (SeedFingerprint.Compute(_seeds.Path), SeedFingerprint.Stamp(_seeds.Path));
        _seeds.Write("a.txt", "FIRST ARTICLE.\n\nIt has a body paragraph.");

        Assert.NotEqual(fingerprint, SeedFingerprint.Compute(_seeds.Path));
        Assert.NotEqual(stamp, SeedFingerprint.Stamp(_seeds.Path));
    }

    [Fact]
    public void Compute_SameContentsWithOtherTimes_IsTheSame()
    {
        var fingerprint = SeedFingerprint.Compute(_seeds.Path);
        var stamp = SeedFingerprint.Stamp(_seeds.Path);
        File.SetLastWriteTimeUtc(Path.Combine(_seeds.Path, "a.txt"), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(fingerprint, SeedFingerprint.Compute(_seeds.Path));
        Assert.NotEqual(stamp, SeedFingerprint.Stamp(_seeds.Path));
    }

    public void Dispose() => _seeds.Dispose();
}
