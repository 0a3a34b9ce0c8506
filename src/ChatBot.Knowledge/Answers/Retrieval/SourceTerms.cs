using System.Runtime.CompilerServices;
using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Answers.Retrieval;

/// <summary>
/// The stemmed terms of each source's opening (headline and lead), which say what event the article is about, so a
/// sentence can be judged by the article it comes from. A passing mention deep in another article doesn't count.
/// </summary>
internal static class SourceTerms
{
    /// <summary>Headline, caption and lead paragraph.</summary>
    private const int OpeningParagraphs = 3;

    private static readonly ConditionalWeakTable<CorpusModel, Dictionary<string, HashSet<string>>> Cache = [];

    public static IReadOnlySet<string> Of(CorpusModel model, string file) =>
        Cache.GetValue(model, Build).GetValueOrDefault(file) ?? [];

    private static Dictionary<string, HashSet<string>> Build(CorpusModel model)
    {
        var terms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var paragraph in model.Paragraphs.GroupBy(p => p.Source.File, StringComparer.Ordinal).SelectMany(g => g.OrderBy(p => p.Number).Take(OpeningParagraphs)))
        {
            if (!terms.TryGetValue(paragraph.Source.File, out var set)) terms[paragraph.Source.File] = set = new HashSet<string>(StringComparer.Ordinal);
            set.UnionWith(paragraph.Terms);
        }

        return terms;
    }
}
