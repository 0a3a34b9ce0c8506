using System.Collections.Concurrent;

namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// Numbers the distinct terms of one corpus model, so that a <see cref="TermSet"/> holds 4-byte numbers instead of
/// 8-byte references: term sets are most of a large corpus's memory. Numbers are never reused or taken back; a pool
/// lives as long as a term set that uses it. Thread-safe.
/// </summary>
internal sealed class TermPool
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private string[] _terms = new string[1024];
    private int _count;

    /// <summary>The term numbered <paramref name="id"/>.</summary>
    public string this[int id] => Volatile.Read(ref _terms)[id];

    /// <summary>The number of <paramref name="term"/>, given one now when it has none yet.</summary>
    public int Id(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (_ids.TryGetValue(term, out var id)) return id;
        lock (_gate)
        {
            if (_ids.TryGetValue(term, out id)) return id;
            id = _count++;
            var terms = _terms;
            if (id == terms.Length)
            {
                Array.Resize(ref terms, terms.Length * 2);
            }

            terms[id] = term;
            Volatile.Write(ref _terms, terms);

            // Published last: whoever finds the number can read the term.
            _ids[term] = id;
            return id;
        }
    }

    /// <summary>The pool's own copy of <paramref name="term"/>.</summary>
    public string Share(string term) => this[Id(term)];
}
