namespace ChatBot.Knowledge.Hosting;

/// <summary>The <see cref="IHostCoordinator"/> of a host that runs alone: the in-process locks are all there is.</summary>
public sealed class SingleHostCoordinator : IHostCoordinator
{
    public bool IsShared => false;

    public IDisposable? TryLock(string name, TimeSpan wait) => NoLock.Instance;

    public void Announce(int version, string fingerprint)
    {
    }

    public IndexGeneration? Announced() => null;

    private sealed class NoLock : IDisposable
    {
        public static readonly NoLock Instance = new();

        public void Dispose()
        {
        }
    }
}
