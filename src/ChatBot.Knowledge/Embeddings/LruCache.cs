namespace ChatBot.Knowledge.Embeddings;

/// <summary>A thread-safe map that keeps at most <c>capacity</c> entries, dropping the least recently used.</summary>
internal sealed class LruCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly System.Threading.Lock _gate = new();
    private readonly Dictionary<TKey, LinkedListNode<KeyValuePair<TKey, TValue>>> _entries = new(comparer);
    private readonly LinkedList<KeyValuePair<TKey, TValue>> _recency = new();

    public int Count
    {
        get
        {
            lock (_gate) return _entries.Count;
        }
    }

    public bool TryGet(TKey key, out TValue value)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value)
    {
        if (capacity <= 0) return;
        lock (_gate)
        {
            if (_entries.Remove(key, out var existing)) _recency.Remove(existing);
            _entries[key] = _recency.AddFirst(new KeyValuePair<TKey, TValue>(key, value));
            if (_entries.Count <= capacity) return;
            var oldest = _recency.Last!;
            _recency.RemoveLast();
            _entries.Remove(oldest.Value.Key);
        }
    }

    /// <summary>The cached value, or <paramref name="create"/>'s (computed outside the lock, so it may run twice on a race).</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        if (TryGet(key, out var value)) return value;
        value = create(key);
        Set(key, value);
        return value;
    }
}
