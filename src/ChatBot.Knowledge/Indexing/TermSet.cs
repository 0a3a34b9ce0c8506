using System.Collections;

namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// A small read-only set of terms kept as a sorted array of shared strings. A corpus holds hundreds of thousands of
/// these (one per fact, paragraph and passage) over a vocabulary of a few thousand words, so an array of references
/// into one pool costs a fraction of a hash set of private copies.
/// </summary>
internal sealed class TermSet : IReadOnlySet<string>
{
    private readonly string[] _terms;

    private TermSet(string[] sortedDistinct) => _terms = sortedDistinct;

    public static TermSet Empty { get; } = new([]);

    public int Count => _terms.Length;

    /// <summary>The distinct terms of <paramref name="terms"/>, each replaced by the pool's copy.</summary>
    public static TermSet From(IEnumerable<string> terms, TermPool pool)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(pool);
        return Sorted(terms.Select(pool.Share));
    }

    /// <summary>The distinct terms of <paramref name="terms"/>, which already come from one pool.</summary>
    public static TermSet Of(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return Sorted(terms);
    }

    /// <summary>A set over terms already distinct and in ordinal order (as a stored set is written).</summary>
    public static TermSet FromSorted(string[] terms) => terms.Length == 0 ? Empty : new TermSet(terms);

    private static TermSet Sorted(IEnumerable<string> terms)
    {
        var array = terms.Distinct(StringComparer.Ordinal).ToArray();
        if (array.Length == 0) return Empty;
        Array.Sort(array, StringComparer.Ordinal);
        return new TermSet(array);
    }

    public bool Contains(string item) => item is not null && Array.BinarySearch(_terms, item, StringComparer.Ordinal) >= 0;

    public bool Overlaps(IEnumerable<string> other) => other.Any(Contains);

    public bool IsSubsetOf(IEnumerable<string> other)
    {
        var set = AsSet(other);
        return _terms.All(set.Contains);
    }

    public bool IsSupersetOf(IEnumerable<string> other) => other.All(Contains);

    public bool IsProperSubsetOf(IEnumerable<string> other)
    {
        var set = AsSet(other);
        return _terms.All(set.Contains) && set.Count > _terms.Length;
    }

    public bool IsProperSupersetOf(IEnumerable<string> other)
    {
        var set = AsSet(other);
        return set.All(Contains) && _terms.Length > set.Count;
    }

    public bool SetEquals(IEnumerable<string> other)
    {
        var set = AsSet(other);
        return set.Count == _terms.Length && set.All(Contains);
    }

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_terms).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static IReadOnlySet<string> AsSet(IEnumerable<string> other) =>
        other as IReadOnlySet<string> ?? other.ToHashSet(StringComparer.Ordinal);
}
