using System.Globalization;

namespace ChatBot.Benchmarks.Load;

/// <summary>Throughput and latency percentiles of a load run, overall and per outcome.</summary>
internal static class LoadReport
{
    public static void Print(IReadOnlyList<Sample> samples, TimeSpan elapsed, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{samples.Count} requests in {elapsed.TotalSeconds:F1} s: {samples.Count / elapsed.TotalSeconds:F0}/s, errors {samples.Count(s => s.Outcome == Outcome.Error)}"));
        output.WriteLine("             count     /s    p50 ms   p95 ms   p99 ms   max ms");
        Line(output, "all", samples, elapsed);
        Line(output, "answered", [.. samples.Where(s => s.Outcome == Outcome.Answered)], elapsed);
        Line(output, "declined", [.. samples.Where(s => s.Outcome == Outcome.Declined)], elapsed);
        foreach (var error in samples.Where(s => s.Error is not null).GroupBy(s => s.Error).OrderByDescending(g => g.Count()))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: {error.Key} x{error.Count()}"));
        }
    }

    private static void Line(TextWriter output, string name, IReadOnlyList<Sample> samples, TimeSpan elapsed)
    {
        if (samples.Count == 0) return;
        var sorted = samples.Select(s => s.Elapsed.TotalMilliseconds).Order().ToArray();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-10} {sorted.Length,8} {sorted.Length / elapsed.TotalSeconds,6:F0} {At(sorted, 0.50),9:F1} {At(sorted, 0.95),8:F1} {At(sorted, 0.99),8:F1} {sorted[^1],8:F1}"));
    }

    private static double At(double[] sorted, double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
