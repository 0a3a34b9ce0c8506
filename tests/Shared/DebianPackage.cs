using System.Diagnostics;

namespace ChatBot.Testing;

/// <summary>
/// Installs a Debian package a test needs when its program is missing, as <c>.ci/run</c> does: through apt-get when
/// the test run is root, through <c>sudo -n</c> when that works without a password, and otherwise says what to run.
/// </summary>
/// <param name="package">The Debian package, e.g. <c>chromium</c> or <c>redis-server</c>.</param>
/// <param name="privileged">Whether this process may run apt-get itself.</param>
/// <param name="run">Runs a program with arguments and returns its exit code.</param>
public sealed class DebianPackage(string package, bool privileged, Func<string, IReadOnlyList<string>, Task<int>> run)
{
    private static readonly SemaphoreSlim Once = new(1, 1);

    public static DebianPackage ForThisMachine(string package) => new(package, Environment.IsPrivilegedProcess, RunAsync);

    /// <summary>
    /// Null when <paramref name="executable"/> exists (now); otherwise why it could not be installed, with
    /// <paramref name="alternative"/> (another way to provide it) in the message.
    /// </summary>
    public async Task<string?> EnsureAsync(string executable, string alternative)
    {
        await Once.WaitAsync();
        try
        {
            if (File.Exists(executable)) return null;
            string[] prefix = privileged ? [] : await run("sudo", ["-n", "true"]) == 0 ? ["sudo", "-n"] : [];
            if (!privileged && prefix.Length == 0)
            {
                return $"This test needs {executable}. Install it with `sudo apt-get install {package}` ({alternative}); "
                    + "the test installs it itself when run as root.";
            }

            var update = await AptAsync(prefix, "update", "-qq");
            var install = update == 0 ? await AptAsync(prefix, "install", "-y", "-qq", package) : update;
            return File.Exists(executable)
                ? null
                : $"Installing {package} with apt-get failed (exit code {install}), and this test needs {executable}. "
                    + $"Install it with `apt-get install {package}` ({alternative}).";
        }
        finally
        {
            Once.Release();
        }
    }

    private Task<int> AptAsync(string[] prefix, params string[] args)
    {
        string[] command = [.. prefix, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", .. args];
        return run(command[0], command[1..]);
    }

    private static async Task<int> RunAsync(string file, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            await Task.WhenAll(output, errors);
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No such program (no sudo, no apt-get): not a Debian machine we can install on.
            return 127;
        }
    }
}
