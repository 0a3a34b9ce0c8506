using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatBot.Testing;

/// <summary>
/// A throwaway Debian <c>redis-server</c> on a free loopback port, without persistence. Tests can stop it (as a crash
/// would) and start it again on the same port. Installs Debian's package when the binary is missing, or fails saying what to install.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private Process? _process;

    public RedisServer()
    {
        Port = FreePort();
        Start();
    }

    public int Port { get; }

    /// <summary>A StackExchange.Redis connection string for this server, with short time-outs for tests.</summary>
    public string Configuration => $"127.0.0.1:{Port},connectTimeout=2000,syncTimeout=2000,asyncTimeout=2000,connectRetry=1";

    /// <summary>
    /// Where <c>redis-server</c> is: <c>REDIS_SERVER_PATH</c>, else the PATH; on a machine without it, Debian's
    /// package is installed first (as <c>.ci/run</c> does), or the tests fail saying what to install.
    /// </summary>
    public static string Binary
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("REDIS_SERVER_PATH");
            if (!string.IsNullOrEmpty(configured) && File.Exists(configured)) return configured;
            if (OnPath() is { } found) return found;
            var problem = DebianPackage.ForThisMachine("redis-server").EnsureAsync(DebianPath, "or set REDIS_SERVER_PATH").GetAwaiter().GetResult();
            return problem is null ? DebianPath : throw new InvalidOperationException("The Redis tests start Debian's redis-server on a free loopback port. " + problem);
        }
    }

    private const string DebianPath = "/usr/bin/redis-server";

    private static string? OnPath() => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Select(dir => Path.Combine(dir, "redis-server"))
        .FirstOrDefault(File.Exists);

    /// <summary>Starts the server (again) on <see cref="Port"/> and waits until it accepts connections.</summary>
    public void Start()
    {
        var start = new ProcessStartInfo(Binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", Path.GetTempPath(), "--loglevel", "warning" })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Answers())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline) throw new InvalidOperationException($"redis-server did not come up on port {Port}");
            Thread.Sleep(50);
        }
    }

    /// <summary>Kills the server, as a crash or a network cut would.</summary>
    public void Stop()
    {
        if (_process is null) return;
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        _process = null;
    }

    public void Dispose() => Stop();

    private bool Answers()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            using var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            var read = stream.Read(buffer);
            return read > 0 && buffer[0] == (byte)'+';
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
