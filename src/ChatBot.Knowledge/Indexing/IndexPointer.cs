using System.Text.Json;

namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// The pointer file naming the generation folder that serves. Written atomically (temp file, then move) only after
/// a build succeeded, so a crash during a build leaves the previous generation serving.
/// </summary>
/// <param name="Folder">The generation folder, relative to the index folder.</param>
/// <param name="Fingerprint">The <see cref="SeedFingerprint"/> of the seeds it was built from.</param>
/// <param name="Version">The index version.</param>
/// <param name="BuiltAt">When it was built.</param>
/// <param name="SeedStamp">The seeds' <see cref="SeedFingerprint.Stamp"/> when the build started; null in pointers older than it.</param>
internal sealed record IndexPointer(string Folder, string Fingerprint, int Version, DateTimeOffset BuiltAt, string? SeedStamp = null)
{
    private const string FileName = "current.json";

    public static IndexPointer? Read(string indexPath)
    {
        var path = Path.Combine(indexPath, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<IndexPointer>(File.ReadAllText(path)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Removes a temp file a crash left between writing and moving it.</summary>
    public static void DeleteLeftovers(string indexPath)
    {
        try
        {
            File.Delete(Path.Combine(indexPath, FileName + ".tmp"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Harmless: the next write replaces it.
        }
    }

    public void Write(string indexPath)
    {
        var path = Path.Combine(indexPath, FileName);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this));
        File.Move(temp, path, overwrite: true);
    }
}
