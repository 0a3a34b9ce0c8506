using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// A hash of the seed files and of the engine build. The index is rebuilt when it changes, so new seeds and new
/// extraction rules both reach the index. Reading every seed to compute it costs time in proportion to the corpus,
/// so a start first compares the cheap <see cref="Stamp"/> (names, sizes, modification times) with the one the
/// pointer recorded, and computes the fingerprint only when that differs.
/// </summary>
internal static class SeedFingerprint
{
    private static readonly byte[] EngineId = typeof(SeedFingerprint).Assembly.ManifestModule.ModuleVersionId.ToByteArray();

    /// <summary>The fingerprint of the seeds' contents (streamed, file by file).</summary>
    public static string Compute(string seedsPath)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(EngineId);
        foreach (var file in Files(seedsPath))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Name));
            AppendContent(hash, file.FullName);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>A hash of the seed files' names, sizes and modification times: no file is read.</summary>
    public static string Stamp(string seedsPath)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(EngineId);
        foreach (var file in Files(seedsPath))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Name));
            hash.AppendData(BitConverter.GetBytes(file.Length));
            hash.AppendData(BitConverter.GetBytes(file.LastWriteTimeUtc.Ticks));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static IEnumerable<FileInfo> Files(string seedsPath) =>
        Directory.Exists(seedsPath)
            ? new DirectoryInfo(seedsPath).EnumerateFiles().OrderBy(f => f.Name, StringComparer.Ordinal)
            : [];

    // An unreadable file is reported by the corpus loader; here it only must not stop the build.
    private static void AppendContent(IncrementalHash hash, string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[1 << 16];
            int read;
            while ((read = stream.Read(buffer)) > 0) hash.AppendData(buffer.AsSpan(0, read));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
