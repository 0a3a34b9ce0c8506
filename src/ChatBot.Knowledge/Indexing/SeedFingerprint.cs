using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// A hash of the seed files and of the engine build. The index is rebuilt when it changes, so new seeds and new
/// extraction rules both reach the index.
/// </summary>
internal static class SeedFingerprint
{
    public static string Compute(string seedsPath)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(SeedFingerprint).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        if (Directory.Exists(seedsPath))
        {
            foreach (var path in Directory.EnumerateFiles(seedsPath).Order(StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(path)));
                hash.AppendData(ReadOrEmpty(path));
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    // An unreadable file is reported by the corpus loader; here it only must not stop the build.
    private static byte[] ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
