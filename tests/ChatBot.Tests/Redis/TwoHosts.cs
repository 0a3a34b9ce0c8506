using ChatBot.Testing;
using Microsoft.Data.Sqlite;

namespace ChatBot.Tests.Redis;

/// <summary>
/// Two real hosts behind one (imaginary) endpoint: the same seeds folder (a temp copy of the repository's), the same
/// index folder and one Redis started for them.
/// </summary>
public sealed class TwoHosts : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatbot-hosts-" + Guid.NewGuid().ToString("N"));

    public TwoHosts()
    {
        RepositorySeeds.CopyTo(SeedsPath);

        var prefix = "test-" + Guid.NewGuid().ToString("N")[..8] + ":";
        A = new SharedHost(SeedsPath, Path.Combine(_folder, "index"), Redis.Configuration, prefix);
        B = new SharedHost(SeedsPath, Path.Combine(_folder, "index"), Redis.Configuration, prefix);
        KeyPrefix = prefix;
    }

    public RedisServer Redis { get; } = new();

    public string SeedsPath => Path.Combine(_folder, "seeds");

    public string KeyPrefix { get; }

    public SharedHost A { get; }

    public SharedHost B { get; }

    public void Dispose()
    {
        A.Dispose();
        B.Dispose();
        Redis.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
