using System.Collections.Concurrent;

namespace ChatBot.Knowledge.Indexing;

/// <summary>One shared copy of each term string, for the <see cref="TermSet"/>s of one corpus model. Thread-safe.</summary>
internal sealed class TermPool
{
    private readonly ConcurrentDictionary<string, string> _terms = new(StringComparer.Ordinal);

    public string Share(string term) => _terms.GetOrAdd(term, term);
}
