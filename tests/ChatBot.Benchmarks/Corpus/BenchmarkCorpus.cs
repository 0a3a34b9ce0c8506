using ChatBot.Knowledge.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Benchmarks.Corpus;

/// <summary>
/// The corpora the benchmarks run on: the repository's seeds (size 0) or a synthetic corpus of about that many
/// paragraphs, written once under the temp folder (never into the repository). Sizes come from
/// <c>CHATBOT_BENCH_SIZES</c> (e.g. <c>0,1000,10000,100000</c>), by default <c>0,1000,10000</c>.
/// </summary>
internal static class BenchmarkCorpus
{
    public static IEnumerable<int> Sizes() =>
        (Environment.GetEnvironmentVariable("CHATBOT_BENCH_SIZES") ?? "0,1000,10000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The seeds folder for <paramref name="size"/> (a copy, so a benchmark may add articles), generated when missing.</summary>
    public static string SeedsFor(int size)
    {
        var seeds = Path.Combine(AnswerBenchmarks.FindRoot(), "seeds");
        var folder = Path.Combine(Path.GetTempPath(), $"chatbot-bench-corpus-{size}");
        if (File.Exists(Path.Combine(folder, "catalog.json"))) return folder;
        if (size > 0)
        {
            SyntheticCorpus.Write(seeds, folder, size);
            return folder;
        }

        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(seeds)) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        return folder;
    }

    /// <summary>The engine as the host wires it, over <paramref name="seedsPath"/> and a fresh index folder.</summary>
    public static ServiceProvider Engine(string seedsPath, string indexPath, bool vectors = false) =>
        new ServiceCollection()
            .AddLogging()
            .AddKnowledge(
                new ConfigurationBuilder()
                    .AddInMemoryCollection(new Dictionary<string, string?>
                    {
                        ["Knowledge:SeedsPath"] = seedsPath,
                        ["Knowledge:IndexPath"] = indexPath,
                        ["Knowledge:Embeddings:Enabled"] = vectors ? "true" : "false",
                    })
                    .Build(),
                AnswerBenchmarks.FindRoot())
            .BuildServiceProvider();
}
