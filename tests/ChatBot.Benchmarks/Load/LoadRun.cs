using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Benchmarks.Load;

/// <summary>
/// Drives <c>POST /api/messages</c> with <c>expectReplies</c> over several connections, each rotating the question
/// list (out-of-scope questions included), for a bounded time after a warm-up, and prints throughput, latency
/// percentiles and errors, for all answers and separately for answered and declined ones.
/// </summary>
internal static class LoadRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (LoadOptions.Parse(args) is not { } options)
        {
            Console.Error.WriteLine(LoadOptions.Usage);
            return 2;
        }

        var questions = File.ReadAllLines(options.QuestionsPath)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.TrimStart('!'))
            .ToArray();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections }) { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(30) };

        // Ids unique to this run: the bot drops an activity id it saw within the last minutes as a channel's retry.
        var run = Guid.NewGuid().ToString("N")[..8];
        Console.WriteLine($"warming up for {options.Warmup.TotalSeconds} s ...");
        await DriveAsync(http, questions, options.Connections, options.Warmup, "warm-" + run);
        Console.WriteLine($"measuring {options.Connections} connections for {options.Duration.TotalSeconds} s ...");
        var watch = Stopwatch.StartNew();
        var samples = await DriveAsync(http, questions, options.Connections, options.Duration, "load-" + run);
        LoadReport.Print(samples, watch.Elapsed, Console.Out);
        return 0;
    }

    private static async Task<List<Sample>> DriveAsync(HttpClient http, string[] questions, int connections, TimeSpan duration, string run)
    {
        using var stop = new CancellationTokenSource(duration);
        var workers = Enumerable.Range(0, connections).Select(c => Task.Run(() => WorkerAsync(http, questions, c, run, stop.Token))).ToArray();
        var all = await Task.WhenAll(workers);
        return [.. all.SelectMany(s => s)];
    }

    private static async Task<List<Sample>> WorkerAsync(HttpClient http, string[] questions, int connection, string run, CancellationToken stop)
    {
        var samples = new List<Sample>();
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var question = questions[(connection * 7 + n) % questions.Length];

            // Every message comes from another user, as from a crowd: one user's rate limit never slows the run.
            var activity = new JsonObject
            {
                ["type"] = "message",
                ["id"] = $"{run}-{connection}-{n}",
                ["channelId"] = "emulator",
                ["serviceUrl"] = "http://127.0.0.1:1/",
                ["deliveryMode"] = "expectReplies",
                ["from"] = new JsonObject { ["id"] = $"{run}-user-{connection}-{n}" },
                ["recipient"] = new JsonObject { ["id"] = "bot" },
                ["conversation"] = new JsonObject { ["id"] = $"{run}-conversation-{connection}" },
                ["text"] = question,
            };
            var started = Stopwatch.GetTimestamp();
            samples.Add(await SendAsync(http, activity, started));
        }

        return samples;
    }

    private static async Task<Sample> SendAsync(HttpClient http, JsonObject activity, long started)
    {
        try
        {
            using var response = await http.PostAsJsonAsync("/api/messages", activity);
            var body = await response.Content.ReadAsStringAsync();
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (!response.IsSuccessStatusCode) return new Sample(elapsed, Outcome.Error, "HTTP " + (int)response.StatusCode);
            var reply = JsonNode.Parse(body)?["activities"]?.AsArray().FirstOrDefault();
            var cited = reply?["entities"]?.AsArray().Any(e => e?["citation"] is JsonArray { Count: > 0 }) == true;
            return reply is null ? new Sample(elapsed, Outcome.Error, "no reply") : new Sample(elapsed, cited ? Outcome.Answered : Outcome.Declined);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return new Sample(Stopwatch.GetElapsedTime(started), Outcome.Error, ex.GetType().Name);
        }
    }
}
