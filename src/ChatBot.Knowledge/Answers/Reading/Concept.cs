namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>One content word of a question: its stemmed terms (the word and its aliases) and how much it counts.</summary>
/// <param name="Word">The word as asked (after spelling correction).</param>
/// <param name="Terms">Stemmed index terms that stand for it.</param>
/// <param name="Weight">Inverse document frequency, halved for words carried over from the previous question.</param>
/// <param name="FromFocus">True when it came from the conversation's previous question.</param>
internal sealed record Concept(string Word, IReadOnlyList<string> Terms, double Weight, bool FromFocus)
{
    public bool IsIn(IReadOnlySet<string> terms) => Terms.Any(terms.Contains);

    /// <summary>Stemmed terms of related words (irregular forms, synonyms), each with the share of the weight it earns.</summary>
    public IReadOnlyDictionary<string, double> Related { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>
    /// True for the noun right after "what" or "which" ("what present"): the thing asked for, which a verb of the
    /// same stem ("presented") does not name.
    /// </summary>
    public bool IsAskedNoun { get; init; }

    /// <summary>True for the noun after "what's the" ("what's the gauge of …"): the attribute asked for, which an answer names.</summary>
    public bool IsAskedAttribute { get; init; }

    /// <summary>The share of the weight <paramref name="terms"/> earn: all for the word itself, less for a related word.</summary>
    public double Share(IReadOnlySet<string> terms) =>
        IsIn(terms) ? 1 : Related.Where(r => terms.Contains(r.Key)).Select(r => r.Value).DefaultIfEmpty(0).Max();
}
