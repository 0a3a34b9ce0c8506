using ChatBot.Testing;
using Microsoft.Playwright;

namespace ChatBot.Tests.Browser;

/// <summary>
/// Starts Debian's Chromium through Playwright (installing it when missing); Playwright never downloads a browser of its own here.
/// </summary>
public static class ChromiumBrowser
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultPath;

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        // A fresh Debian machine gets Debian's chromium here, so the README's test command needs nothing first.
        if (!File.Exists(ExecutablePath) && await DebianPackage.ForThisMachine("chromium").EnsureAsync(ExecutablePath, "or set CHROMIUM_PATH to a Chromium binary") is { } problem)
        {
            Assert.Fail(problem);
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }
}
