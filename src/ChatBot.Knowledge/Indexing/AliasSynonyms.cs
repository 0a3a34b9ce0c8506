using System.Globalization;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// Builds the synonym map from alias groups (the gazetteer's names and aliases). Every spelling of an entity maps to
/// one extra single token of its own, so "Berdzor", "Lachin Corridor" and "Lachin" all match each other while each
/// keeps its own token; multi-word rules stay one-way, which Lucene 4.8 handles reliably.
/// </summary>
internal static class AliasSynonyms
{
    public static SynonymMap Build(IEnumerable<IReadOnlyList<string>> aliasGroups)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        var groupNumber = 0;
        foreach (var group in aliasGroups)
        {
            var forms = group.Select(Words).Where(w => w.Length > 0).Distinct(WordsComparer.Instance).ToList();
            if (forms.Count < 2) continue;
            var canonical = new CharsRef("alias" + groupNumber++.ToString(CultureInfo.InvariantCulture));
            foreach (var words in forms)
            {
                builder.Add(SynonymMap.Builder.Join(words, new CharsRef()), canonical, includeOrig: true);
            }
        }

        return builder.Build();
    }

    /// <summary>Lower-cased, folded words of a name, split the way StandardTokenizer splits them.</summary>
    internal static string[] Words(string name) =>
        TextFolding.Fold(name).ToLowerInvariant()
            .Split([' ', '-', '/', '(', ')', ',', '.', '\'', '"'], StringSplitOptions.RemoveEmptyEntries);

    private sealed class WordsComparer : IEqualityComparer<string[]>
    {
        public static readonly WordsComparer Instance = new();

        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.SequenceEqual(y, StringComparer.Ordinal);

        public int GetHashCode(string[] obj) => string.Join(' ', obj).GetHashCode(StringComparison.Ordinal);
    }
}
