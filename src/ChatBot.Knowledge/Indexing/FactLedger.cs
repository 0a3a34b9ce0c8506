using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// Which index version each fact first appeared in. A fact is known by its source file and its sentence text
/// (whitespace and case folded), so a rebuild of unchanged seeds finds nothing new while an added article's facts
/// get the version that added them. Kept as <c>fact-ledger.json</c> in each generation folder and carried forward
/// from the previous generation on every build; facts that left the corpus leave the ledger.
/// </summary>
internal sealed class FactLedger
{
    public const string FileName = "fact-ledger.json";

    private static readonly JsonSerializerOptions FileOptions = new() { WriteIndented = false };

    private readonly int[] _byFactId;

    private FactLedger(int version, Dictionary<string, int> entries, int[] byFactId)
    {
        Version = version;
        Entries = entries;
        _byFactId = byFactId;
    }

    /// <summary>The index version this ledger belongs to.</summary>
    public int Version { get; }

    /// <summary>Fact key to the version it first appeared in.</summary>
    public IReadOnlyDictionary<string, int> Entries { get; }

    /// <summary>The version <paramref name="fact"/> first appeared in.</summary>
    public int FirstSeen(IndexedFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.Id >= 0 && fact.Id < _byFactId.Length ? _byFactId[fact.Id] : Version;
    }

    /// <summary>
    /// The ledger of version <paramref name="version"/>: facts known to <paramref name="previous"/> keep their version,
    /// every other fact is new in <paramref name="version"/>.
    /// </summary>
    public static FactLedger Carry(IReadOnlyDictionary<string, int>? previous, CorpusModel model, int version)
    {
        ArgumentNullException.ThrowIfNull(model);
        var entries = new Dictionary<string, int>(StringComparer.Ordinal);
        var byFactId = new int[model.Facts.Count];
        foreach (var fact in model.Facts)
        {
            var key = KeyOf(fact.Source.File, fact.Fact.Text);
            if (!entries.TryGetValue(key, out var seen))
            {
                seen = previous is not null && previous.TryGetValue(key, out var earlier) && earlier <= version ? earlier : version;
                entries[key] = seen;
            }

            if (fact.Id >= 0 && fact.Id < byFactId.Length) byFactId[fact.Id] = seen;
        }

        return new FactLedger(version, entries, byFactId);
    }

    /// <summary>
    /// The ledger stored in a generation folder; a generation written before ledgers existed gets one in which every
    /// fact is as old as the generation, and it is written so later builds carry from it.
    /// </summary>
    public static FactLedger Open(string folder, CorpusModel model, int version)
    {
        var stored = ReadEntries(folder);
        var ledger = Carry(stored, model, version);
        if (stored is null)
        {
            try
            {
                ledger.Write(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The in-memory ledger still serves; the next build carries from it.
            }
        }

        return ledger;
    }

    /// <summary>The entries stored in <paramref name="folder"/>, or null when there is no readable ledger.</summary>
    public static Dictionary<string, int>? ReadEntries(string? folder)
    {
        if (folder is null) return null;
        var path = Path.Combine(folder, FileName);
        try
        {
            if (!File.Exists(path)) return null;
            var file = JsonSerializer.Deserialize<LedgerFile>(File.ReadAllText(path));
            return file?.Facts is { } facts ? new Dictionary<string, int>(facts, StringComparer.Ordinal) : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes the ledger into a generation folder (temp file, then move).</summary>
    public void Write(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(new LedgerFile(Version, new Dictionary<string, int>(Entries, StringComparer.Ordinal)), FileOptions));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The identity of a fact: a hash of its file name and its sentence with whitespace and case folded.</summary>
    public static string KeyOf(string file, string sentence)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Normalize(NormalizationForm.FormKC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var normalized = string.Join(' ', words).ToUpperInvariant();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(file + "\n" + normalized));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    private sealed record LedgerFile(int Version, Dictionary<string, int> Facts);
}
