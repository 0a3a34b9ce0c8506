using System.Diagnostics;
using System.Text.Json;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Benchmarks.Corpus;

/// <summary>Warm answer time per question over a seeds folder and its index, slowest first: which questions cost what.</summary>
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
        var times = questions.ToDictionary(q => q, _ => new List<double>());
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var question in questions)
            {
                watch.Restart();
                knowledge.Ask(new Question(question));
                if (round > 0) times[question].Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        foreach (var (question, ms) in times.OrderByDescending(t => Median(t.Value)))
        {
            Console.WriteLine($"{Median(ms),8:F1} ms  {question}");
        }

        var all = times.Values.SelectMany(t => t).Order().ToList();
        Console.WriteLine($"median {Median(all):F1} ms, p95 {all[(int)(all.Count * 0.95)]:F1} ms");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
