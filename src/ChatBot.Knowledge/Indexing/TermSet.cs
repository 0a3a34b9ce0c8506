using System.Collections;

namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// A small read-only set of terms kept as the terms' numbers in a <see cref="TermPool"/>, in the ordinal order of the
/// terms. A corpus holds hundreds of thousands of these (one per fact, paragraph and passage) over a vocabulary of a
/// few thousand words, so an array of numbers costs a fraction of a hash set of private copies, and half an array of
/// references.
/// </summary>
internal sealed class TermSet : IReadOnlySet<string>
{
    private readonly TermPool _pool;
    private readonly int[] _ids;

    private TermSet(TermPool pool, int[] idsInTermOrder)
    {
        _pool = pool;
        _ids = idsInTermOrder;
    }

    public static TermSet Empty { get; } = new(new TermPool(), []);

    public int Count => _ids.Length;

    /// <summary>The pool the set's terms are numbered in.</summary>
    public TermPool Pool => _pool;

    /// <summary>The distinct terms of <paramref name="terms"/>, numbered in <paramref name="pool"/>.</summary>
    public static TermSet From(IEnumerable<string> terms, TermPool pool)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(pool);
        var sorted = terms.Distinct(StringComparer.Ordinal).ToArray();
        if (sorted.Length == 0) return Empty;
        Array.Sort(sorted, StringComparer.Ordinal);
        return new TermSet(pool, Array.ConvertAll(sorted, pool.Id));
    }

    /// <summary>A set over terms already numbered in <paramref name="pool"/>, in the ordinal order of their terms (as a stored set is written).</summary>
    public static TermSet FromSorted(int[] ids, TermPool pool) => ids.Length == 0 ? Empty : new TermSet(pool, ids);

    public bool Contains(string item)
    {
        if (item is null) return false;
        int low = 0, high = _ids.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = string.CompareOrdinal(_pool[_ids[middle]], item);
            if (order == 0) return true;
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }

        return false;
    }

    public bool Overlaps(IEnumerable<string> other) => other.Any(Contains);

    public bool IsSubsetOf(IEnumerable<string> other)
    {
        var set = AsSet(other);
        return this.All(set.Contains);
    }

    public bool IsSupersetOf(IEnumerable<string> other) => other.All(Contains);

    public bool IsProperSubsetOf(IEnumerable<string> other)
    {
        var set = AsSet(other);
        return this.All(set.Contains) && set.Count > _ids.Length;
    }

    public bool IsProperSupersetOf(IEnumerable<string> other)
    {
        var set = AsSet(other);
        return set.All(Contains) && _ids.Length > set.Count;
    }

    public bool SetEquals(IEnumerable<string> other)
    {
        var set = AsSet(other);
        return set.Count == _ids.Length && set.All(Contains);
    }

    public IEnumerator<string> GetEnumerator()
    {
        foreach (var id in _ids) yield return _pool[id];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static IReadOnlySet<string> AsSet(IEnumerable<string> other) =>
        other as IReadOnlySet<string> ?? other.ToHashSet(StringComparer.Ordinal);
}
