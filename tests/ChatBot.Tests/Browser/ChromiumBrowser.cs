using Microsoft.Playwright;

namespace ChatBot.Tests.Browser;

/// <summary>Starts Debian's Chromium through Playwright; Playwright never downloads a browser of its own here.</summary>
public static class ChromiumBrowser
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultPath;

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        if (!File.Exists(ExecutablePath))
        {
            Assert.Fail($"The browser test needs Chromium at {ExecutablePath}. Install it with `apt-get install chromium` "
                + "(or set CHROMIUM_PATH to a Chromium binary).");
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
