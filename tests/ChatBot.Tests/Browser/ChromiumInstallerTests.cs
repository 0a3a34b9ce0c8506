namespace ChatBot.Tests.Browser;

public sealed class ChromiumInstallerTests : IDisposable
{
    private readonly string executable = Path.Combine(Path.GetTempPath(), "chatbot-chromium-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> commands = [];

    public void Dispose() => File.Delete(executable);

    [Fact]
    public async Task Ensure_MissingAsRoot_InstallsDebiansChromium()
    {
        var installer = new ChromiumInstaller(privileged: true, Apt(installs: true));

        var problem = await installer.EnsureAsync(executable);

        Assert.Null(problem);
        Assert.Equal(["env DEBIAN_FRONTEND=noninteractive apt-get update -qq", "env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"], commands);
    }

    [Fact]
    public async Task Ensure_MissingWithoutRootOrSudo_SaysWhatToInstall()
    {
        var installer = new ChromiumInstaller(privileged: false, Apt(installs: true, sudo: false));

        var problem = await installer.EnsureAsync(executable);

        Assert.Contains("apt-get install chromium", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(commands, c => c.Contains("apt-get", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ensure_AptFails_SaysSoWithTheExitCode()
    {
        var installer = new ChromiumInstaller(privileged: true, Apt(installs: false));

        var problem = await installer.EnsureAsync(executable);

        Assert.Contains("exit code 100", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ensure_AlreadyInstalled_RunsNothing()
    {
        await File.WriteAllTextAsync(executable, "");
        var installer = new ChromiumInstaller(privileged: true, Apt(installs: true));

        var problem = await installer.EnsureAsync(executable);

        Assert.Null(problem);
        Assert.Empty(commands);
    }

    private Func<string, IReadOnlyList<string>, Task<int>> Apt(bool installs, bool sudo = true) => (file, args) =>
    {
        var command = string.Join(' ', args.Prepend(file));
        commands.Add(command);
        if (file == "sudo" && args is ["-n", "true"]) return Task.FromResult(sudo ? 0 : 1);
        if (command.EndsWith("install -y -qq chromium", StringComparison.Ordinal))
        {
            if (!installs) return Task.FromResult(100);
            File.WriteAllText(executable, "");
        }

        return Task.FromResult(0);
    };
}
