using ChatBot.Knowledge.Facts;

namespace ChatBot.Knowledge.Answers.Retrieval;

/// <summary>
/// Finds the topic a user names ("subscribe border delimitation"): an id, name or alias as typed (case and a leading
/// "the" ignored), then an alias or keyword phrase inside the text, then a name or alias with a small typo.
/// </summary>
internal static class TopicMatcher
{
    private const string Article = "the ";

    public static Topic? Resolve(TopicCatalog catalog, string text)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var wanted = Normalize(text);
        if (wanted.Length == 0) return null;
        var named = catalog.Topics.FirstOrDefault(t => Names(t).Any(n => string.Equals(n, wanted, StringComparison.Ordinal)));
        return named ?? catalog.Resolve(text) ?? Closest(catalog, wanted);
    }

    private static Topic? Closest(TopicCatalog catalog, string wanted)
    {
        // One edit in a short name, two in a long one: "delimitaton", "lachin coridor"; never a different word.
        var allowed = wanted.Length < 5 ? 0 : wanted.Length < 10 ? 1 : 2;
        if (allowed == 0) return null;
        var best = catalog.Topics
            .SelectMany(t => Names(t).Select(n => (Topic: t, Distance: Distance(n, wanted))))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .ToList();
        return best.Count == 0 ? null : best[0].Topic;
    }

    private static IEnumerable<string> Names(Topic topic) =>
        new[] { topic.Id, topic.Id.Replace('-', ' '), topic.Name }.Concat(topic.Aliases).Select(Normalize).Where(n => n.Length > 0);

    private static string Normalize(string? text)
    {
        var words = (text ?? "").Trim().TrimEnd('.', '!', '?').Trim('"', '\'', '`', '“', '”')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join(' ', words).ToUpperInvariant();
        return joined.StartsWith(Article, StringComparison.OrdinalIgnoreCase) ? joined[Article.Length..] : joined;
    }

    /// <summary>Optimal string alignment distance (Levenshtein with adjacent transpositions).</summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2) return int.MaxValue;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }

        return d[a.Length, b.Length];
    }
}
