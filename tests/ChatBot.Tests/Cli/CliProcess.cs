using System.Diagnostics;

namespace ChatBot.Tests.Cli;

/// <summary>Runs the built program as a user would, with its own index and data folders, and captures both streams.</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "chatbot-cli-" + Guid.NewGuid().ToString("N"));

    public async Task<(int ExitCode, string Output, string Errors)> RunAsync(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ChatBot.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["Knowledge__IndexPath"] = Path.Combine(folder, "index");
        start.Environment["Bot__FeedbackDatabasePath"] = Path.Combine(folder, "feedback.db");
        start.Environment["Bot__SubscriptionsDatabasePath"] = Path.Combine(folder, "subscriptions.db");
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
