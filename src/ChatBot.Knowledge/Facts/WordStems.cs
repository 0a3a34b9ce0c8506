namespace ChatBot.Knowledge.Facts;

/// <summary>Lower-cased, singular, possessive-free word forms for tolerant phrase matching.</summary>
internal static class WordStems
{
    /// <summary>Stems of the words in <paramref name="text"/>; hyphenated words split into parts.</summary>
    public static string[] Of(string text)
    {
        var normalized = TextScan.NormalizePunctuation(text);
        var stems = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i <= normalized.Length; i++)
        {
            var c = i < normalized.Length ? normalized[i] : ' ';
            if (TextScan.IsWordChar(c) || (c == '\'' && current.Length > 0 && i + 1 < normalized.Length && TextScan.IsWordChar(normalized[i + 1])))
            {
                current.Append(c);
                continue;
            }

            if (current.Length > 0)
            {
                stems.Add(Stem(current.ToString()));
                current.Clear();
            }
        }

        return [.. stems];
    }

    /// <summary>"POWs" -> "pow", "Armenia's" -> "armenia", "countries" -> "country", "process" stays.</summary>
    public static string Stem(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('\''))
        {
            w = w[..^1];
        }

        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.Length > 4 && (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("sses", StringComparison.Ordinal)))
        {
            return w[..^2];
        }

        if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            return w[..^1];
        }

        return w;
    }
}
