using System.Text;
using ChatBot.Knowledge.Data;
using Lucene.Net.Analysis.CharFilters;

namespace ChatBot.Knowledge.Indexing;

/// <summary>Folds curly quotes, dashes, odd spaces and look-alike letters (Data/folding.json) to plain ASCII.</summary>
public static class TextFolding
{
    private sealed record FoldingFile(Dictionary<string, string> Map);

    private static readonly Dictionary<char, string> Map = DataFile.Load<FoldingFile>("folding.json").Map
        .Where(kv => kv.Key.Length == 1)
        .ToDictionary(kv => kv.Key[0], kv => kv.Value);

    /// <summary>The same folding as a Lucene char filter map, for the analyzers. Keeps offsets aligned.</summary>
    internal static NormalizeCharMap CharMap { get; } = BuildCharMap();

    /// <summary>Folds a string; one output character per input character, so offsets stay valid.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(Map.TryGetValue(c, out var folded) && folded.Length == 1 ? folded : c.ToString());
        }

        return sb.ToString();
    }

    private static NormalizeCharMap BuildCharMap()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var (from, to) in Map) builder.Add(from.ToString(), to);
        return builder.Build();
    }
}
