using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// A hash of the seed files' names, sizes and modification times, and of the engine build. The index is rebuilt
/// when it changes, so new or edited seeds and new extraction rules all reach the index; it reads no file contents,
/// so checking it at start-up costs the same for five articles as for thousands. (A rebuild then reuses every
/// article whose text is unchanged.)
/// </summary>
internal static class SeedFingerprint
{
    public static string Compute(string seedsPath)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(SeedFingerprint).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        if (Directory.Exists(seedsPath))
        {
            foreach (var file in new DirectoryInfo(seedsPath).EnumerateFiles().OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(file.Name));
                hash.AppendData(BitConverter.GetBytes(file.Length));
                hash.AppendData(BitConverter.GetBytes(file.LastWriteTimeUtc.Ticks));
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
