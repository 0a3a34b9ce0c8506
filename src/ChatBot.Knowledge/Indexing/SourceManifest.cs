using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatBot.Knowledge.Corpus;

namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// What each source of a generation looked like: a hash of its text and metadata per file. Kept as
/// <c>sources.json</c> in each generation folder, so that a reindex in a fresh process (the command line's offline
/// <c>reindex</c>) reports new, changed and removed sources against the index it replaces.
/// </summary>
internal sealed class SourceManifest
{
    public const string FileName = "sources.json";

    private SourceManifest(Dictionary<string, string> fingerprints) => Fingerprints = fingerprints;

    /// <summary>File name to the fingerprint of its text and metadata.</summary>
    public IReadOnlyDictionary<string, string> Fingerprints { get; }

    public static SourceManifest Of(CorpusModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new SourceManifest(model.Articles.ToDictionary(a => a.Source.File, Fingerprint, StringComparer.Ordinal));
    }

    /// <summary>The manifest stored in <paramref name="folder"/>, or null when there is none readable.</summary>
    public static SourceManifest? Read(string? folder)
    {
        if (folder is null) return null;
        var path = Path.Combine(folder, FileName);
        try
        {
            return File.Exists(path) && JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) is { } stored
                ? new SourceManifest(new Dictionary<string, string>(stored, StringComparer.Ordinal))
                : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes the manifest into a generation folder (temp file, then move).</summary>
    public void Write(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(Fingerprints));
        File.Move(temp, path, overwrite: true);
    }

    private static string Fingerprint(SourceArticle article)
    {
        var metadata = JsonSerializer.Serialize(article.Source);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(metadata + "\n" + article.Text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
