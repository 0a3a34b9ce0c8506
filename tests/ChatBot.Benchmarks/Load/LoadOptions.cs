using System.Globalization;

namespace ChatBot.Benchmarks.Load;

/// <summary>Settings of a load run, from <c>load --url URL [--connections N] [--seconds S] [--warmup S] [--questions FILE]</c>.</summary>
internal sealed record LoadOptions(Uri Url, int Connections, TimeSpan Duration, TimeSpan Warmup, string QuestionsPath)
{
    public const string Usage = "usage: load --url http://127.0.0.1:PORT [--connections 16] [--seconds 30] [--warmup 5] [--questions FILE]";

    public static LoadOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) return null;
            values[args[i][2..]] = args[i + 1];
        }

        if (!values.TryGetValue("url", out var url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        return new LoadOptions(
            uri,
            Number(values, "connections", 16),
            TimeSpan.FromSeconds(Number(values, "seconds", 30)),
            TimeSpan.FromSeconds(Number(values, "warmup", 5)),
            values.GetValueOrDefault("questions") ?? Path.Combine(AppContext.BaseDirectory, "Load", "questions.txt"));
    }

    private static int Number(Dictionary<string, string> values, string name, int fallback) =>
        values.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;
}
