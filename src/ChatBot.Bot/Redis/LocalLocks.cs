using System.Collections.Concurrent;

namespace ChatBot.Bot.Redis;

/// <summary>Named in-process locks, so that one host's own callers queue here before asking Redis.</summary>
internal sealed class LocalLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    /// <summary>The held lock, or null when it stayed taken for <paramref name="wait"/>.</summary>
    public IDisposable? TryTake(string name, TimeSpan wait)
    {
        var gate = _locks.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        return gate.Wait(wait) ? new Held(gate) : null;
    }

    private sealed class Held(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
