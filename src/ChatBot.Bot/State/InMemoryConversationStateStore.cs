using Microsoft.Extensions.Options;

namespace ChatBot.Bot.State;

/// <summary>
/// The default <see cref="IConversationStateStore"/>: in memory, bounded (least recently used conversations go first)
/// and expiring after <see cref="ConversationStateOptions.ConversationIdleTimeout"/> without a turn. State is lost on restart,
/// which only costs a follow-up its context.
/// </summary>
public sealed class InMemoryConversationStateStore : IConversationStateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _byUse = new();
    private readonly int _capacity;
    private readonly TimeSpan _idleTimeout;
    private readonly TimeProvider _clock;

    public InMemoryConversationStateStore(IOptions<ConversationStateOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _capacity = options.Value.ConversationCapacity;
        _idleTimeout = options.Value.ConversationIdleTimeout;
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>Conversations currently kept (expired ones may still count until touched or pushed out).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public ConversationState Load(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            return Touch(key)?.Value.State ?? ConversationState.Empty;
        }
    }

    public void Save(string key, ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(state);
        lock (_gate)
        {
            Store(key, state);
        }
    }

    public ConversationState Update(string key, Func<ConversationState, ConversationState> update)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(update);
        lock (_gate)
        {
            var next = update(Touch(key)?.Value.State ?? ConversationState.Empty);
            Store(key, next);
            return next;
        }
    }

    public void Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            if (_entries.Remove(key, out var node)) _byUse.Remove(node);
        }
    }

    // Returns the live node moved to the front, or null when absent or expired (then dropped).
    private LinkedListNode<Entry>? Touch(string key)
    {
        if (!_entries.TryGetValue(key, out var node)) return null;
        var now = _clock.GetUtcNow();
        if (now - node.Value.LastUsed > _idleTimeout)
        {
            _entries.Remove(key);
            _byUse.Remove(node);
            return null;
        }

        node.Value.LastUsed = now;
        _byUse.Remove(node);
        _byUse.AddFirst(node);
        return node;
    }

    private void Store(string key, ConversationState state)
    {
        var now = _clock.GetUtcNow();
        if (_entries.TryGetValue(key, out var node))
        {
            node.Value.State = state;
            node.Value.LastUsed = now;
            _byUse.Remove(node);
            _byUse.AddFirst(node);
            return;
        }

        while (_entries.Count >= _capacity && _byUse.Last is { } oldest)
        {
            _entries.Remove(oldest.Value.Key);
            _byUse.RemoveLast();
        }

        _entries[key] = _byUse.AddFirst(new Entry(key, state, now));
    }

    private sealed class Entry(string key, ConversationState state, DateTimeOffset lastUsed)
    {
        public string Key { get; } = key;
        public ConversationState State { get; set; } = state;
        public DateTimeOffset LastUsed { get; set; } = lastUsed;
    }
}
