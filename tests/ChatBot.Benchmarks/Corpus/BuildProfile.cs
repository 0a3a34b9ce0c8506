using System.Diagnostics;
using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using Lucene.Net.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Benchmarks.Corpus;

/// <summary>
/// Times each stage of a build over a seeds folder and the managed memory each stage leaves behind: where a
/// reindex and a start-up spend their time and memory.
/// </summary>
internal static class BuildProfile
{
    public static void Run(string seedsPath)
    {
        var indexPath = Path.Combine(Path.GetTempPath(), "chatbot-profile-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Knowledge:SeedsPath"] = seedsPath, ["Knowledge:IndexPath"] = indexPath })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddKnowledge(configuration, AnswerBenchmarks.FindRoot()).BuildServiceProvider();
        var text = services.GetRequiredService<KnowledgeText>();
        var baseline = Managed();
        Stage("fingerprint", baseline, () => SeedFingerprint.Compute(seedsPath));
        var load = Stage("load seeds", baseline, () => services.GetRequiredService<CorpusLoader>().Load(seedsPath));
        var model = Stage("clean + facts + terms", baseline, () => services.GetRequiredService<CorpusModelBuilder>().Build(load));
        Console.WriteLine($"  {model.Articles.Count} articles, {model.Paragraphs.Count} paragraphs, {model.Facts.Count} facts");
        var termRefs = model.Facts.Sum(f => f.Terms.Count + f.PassageTerms.Count) + model.Paragraphs.Sum(p => p.Terms.Count);
        var distinct = model.Facts.SelectMany(f => f.Terms).Concat(model.Paragraphs.SelectMany(p => p.Terms)).Distinct(StringComparer.Ordinal).Count();
        Console.WriteLine($"  {termRefs:N0} term entries in per-fact/paragraph sets, {distinct:N0} distinct terms");
        Stage("vocabulary", baseline, () => model.Paragraphs.SelectMany(p => TokenReader.Read(text.Exact, p.Block.Text)).Select(t => t.Term).ToHashSet(StringComparer.Ordinal));
        System.IO.Directory.CreateDirectory(indexPath);
        using var directory = new NIOFSDirectory(Path.Combine(indexPath, "gen"));
        Stage("lucene write", baseline, () =>
        {
            LuceneIndexWriter.Write(directory, model, text);
            return 0;
        });
        Stage("validate", baseline, () => IndexValidator.FindProblem(directory, model) ?? "");
        var ledger = Stage("ledger", baseline, () => FactLedger.Carry(null, model, 1));
        var folder = Path.Combine(indexPath, "gen");
        Stage("store write", baseline, () =>
        {
            CorpusStore.Write(folder, model, new HashSet<string>());
            ledger.Write(folder);
            return 0;
        });
        GC.KeepAlive(model);
        model = null!;
        load = null!;
        Console.WriteLine("-- opening the stored generation:");
        baseline = Managed();
        var stored = Stage("store read", baseline, () => CorpusStore.TryRead(folder)!.Value.Model);
        Stage("ledger open", baseline, () => FactLedger.Open(folder, stored, 1));
        GC.KeepAlive(stored);
        System.IO.Directory.Delete(indexPath, recursive: true);
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");
    }

    /// <summary>Times opening a stored generation folder (what a start-up on an unchanged index does).</summary>
    public static void Open(string generation)
    {
        var baseline = Managed();
        var stored = Stage("store read", baseline, () => CorpusStore.TryRead(generation)!.Value.Model);
        Console.WriteLine($"  {stored.Articles.Count} articles, {stored.Paragraphs.Count} paragraphs, {stored.Facts.Count} facts");
        Stage("ledger open", baseline, () => FactLedger.Open(generation, stored, 1));
        GC.KeepAlive(stored);
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");
    }

    private static T Stage<T>(string name, long baseline, Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        var result = run();
        watch.Stop();
        Console.WriteLine($"{name,-24} {watch.Elapsed.TotalSeconds,7:F2} s   managed after {(Managed() - baseline) / 1048576.0,8:F1} MB");
        return result;
    }

    private static long Managed()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
