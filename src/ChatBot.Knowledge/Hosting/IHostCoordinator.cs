namespace ChatBot.Knowledge.Hosting;

/// <summary>
/// What several hosts behind one endpoint agree on: named locks (one index build at a time, one subscription push per
/// generation) and which index generation serves. The default is one host alone: every lock is granted, announcements
/// go nowhere.
/// </summary>
public interface IHostCoordinator
{
    /// <summary>True when other hosts may share the work (locks and announcements mean something).</summary>
    bool IsShared { get; }

    /// <summary>
    /// Takes the lock <paramref name="name"/> for this host, waiting up to <paramref name="wait"/> while another host
    /// holds it. The lock is kept alive until the returned handle is disposed (or this host dies, when it lapses).
    /// </summary>
    /// <returns>The held lock, or null when another host still holds it.</returns>
    IDisposable? TryLock(string name, TimeSpan wait);

    /// <summary>Tells the other hosts that the generation <paramref name="version"/> of seeds <paramref name="fingerprint"/> now serves.</summary>
    void Announce(int version, string fingerprint);

    /// <summary>The generation announced last (by any host), or null when none is known.</summary>
    IndexGeneration? Announced();
}
