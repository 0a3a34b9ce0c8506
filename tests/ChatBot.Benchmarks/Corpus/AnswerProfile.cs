using System.Diagnostics;
using System.Text.Json;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Benchmarks.Corpus;

/// <summary>
/// Warm answer time per question over a seeds folder and its index, slowest first: which questions cost what. Besides
/// the wall-clock time it reports the processor time the process spent, which other work on a shared machine inflates
/// far less.
/// </summary>
internal static class AnswerProfile
{
    public static void Run(string seedsPath, string indexPath, string questionsFile, int rounds)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Knowledge:SeedsPath"] = seedsPath,
                ["Knowledge:IndexPath"] = indexPath,
                ["Knowledge:Embeddings:Enabled"] = "false",
            })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddKnowledge(configuration, AnswerBenchmarks.FindRoot()).BuildServiceProvider();
        var watch = Stopwatch.StartNew();
        var report = services.GetRequiredService<IKnowledgeAdmin>().EnsureLoaded();
        Console.WriteLine($"{report.Outcome} in {watch.Elapsed.TotalSeconds:F1} s");
        var knowledge = services.GetRequiredService<IKnowledgeBase>();
        var questions = File.ReadLines(questionsFile)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("turns")[0].GetString()!)
            .ToList();
        var times = questions.Distinct().ToDictionary(q => q, _ => new List<double>());
        var processor = times.Keys.ToDictionary(q => q, _ => new List<double>());
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var question in times.Keys)
            {
                var cpu = Environment.CpuUsage.TotalTime;
                watch.Restart();
                knowledge.Ask(new Question(question));
                if (round == 0) continue;
                times[question].Add(watch.Elapsed.TotalMilliseconds);
                processor[question].Add((Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds);
            }
        }

        foreach (var (question, ms) in times.OrderByDescending(t => Median(t.Value)))
        {
            Console.WriteLine($"{Median(ms),8:F1} ms {Median(processor[question]),8:F1} ms cpu  {question}");
        }

        Console.WriteLine($"wall: {Summary(times.Values)}; processor: {Summary(processor.Values)}");
    }

    private static string Summary(IEnumerable<List<double>> times)
    {
        var all = times.SelectMany(t => t).Order().ToList();
        return all.Count == 0 ? "no answers timed" : $"median {Median(all):F1} ms, p95 {all[(int)(all.Count * 0.95)]:F1} ms";
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
