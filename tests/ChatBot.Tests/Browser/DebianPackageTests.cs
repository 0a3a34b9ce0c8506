using ChatBot.Testing;

namespace ChatBot.Tests.Browser;

/// <summary>What the browser and Redis tests do on a machine that lacks their Debian package.</summary>
public sealed class DebianPackageTests : IDisposable
{
    private readonly string executable = Path.Combine(Path.GetTempPath(), "chatbot-chromium-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> commands = [];

    public void Dispose() => File.Delete(executable);

    [Fact]
    public async Task Ensure_MissingAsRoot_InstallsDebiansChromium()
    {
        var installer = new DebianPackage("chromium", privileged: true, Apt(installs: true));

        var problem = await installer.EnsureAsync(executable, "or set CHROMIUM_PATH");

        Assert.Null(problem);
        Assert.Equal(["env DEBIAN_FRONTEND=noninteractive apt-get update -qq", "env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"], commands);
    }

    [Fact]
    public async Task Ensure_MissingWithoutRootOrSudo_SaysWhatToInstall()
    {
        var installer = new DebianPackage("chromium", privileged: false, Apt(installs: true, sudo: false));

        var problem = await installer.EnsureAsync(executable, "or set CHROMIUM_PATH");

        Assert.Contains("apt-get install chromium", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(commands, c => c.Contains("apt-get", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ensure_AptFails_SaysSoWithTheExitCode()
    {
        var installer = new DebianPackage("chromium", privileged: true, Apt(installs: false));

        var problem = await installer.EnsureAsync(executable, "or set CHROMIUM_PATH");

        Assert.Contains("exit code 100", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ensure_AlreadyInstalled_RunsNothing()
    {
        await File.WriteAllTextAsync(executable, "");
        var installer = new DebianPackage("chromium", privileged: true, Apt(installs: true));

        var problem = await installer.EnsureAsync(executable, "or set CHROMIUM_PATH");

        Assert.Null(problem);
        Assert.Empty(commands);
    }

    [Fact]
    public async Task Ensure_MissingRedisServerWithSudo_InstallsItThroughSudo()
    {
        var installer = new DebianPackage("redis-server", privileged: false, Apt(installs: true, package: "redis-server"));

        var problem = await installer.EnsureAsync(executable, "or set REDIS_SERVER_PATH");

        Assert.Null(problem);
        Assert.Contains("sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server", commands);
    }

    private Func<string, IReadOnlyList<string>, Task<int>> Apt(bool installs, bool sudo = true, string package = "chromium") => (file, args) =>
    {
        var command = string.Join(' ', args.Prepend(file));
        commands.Add(command);
        if (file == "sudo" && args is ["-n", "true"]) return Task.FromResult(sudo ? 0 : 1);
        if (command.EndsWith("install -y -qq " + package, StringComparison.Ordinal))
        {
            if (!installs) return Task.FromResult(100);
            File.WriteAllText(executable, "");
        }

        return Task.FromResult(0);
    };
}
