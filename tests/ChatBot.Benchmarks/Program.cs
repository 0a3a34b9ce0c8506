using System.Globalization;
using BenchmarkDotNet.Running;
using ChatBot.Benchmarks;
using ChatBot.Benchmarks.Corpus;
using ChatBot.Benchmarks.Load;

if (args.Length > 0 && args[0] == "load")
{
    return await LoadRun.RunAsync(args[1..]);
}

// `corpus <paragraphs> <folder>` writes a synthetic seeds folder, `profile <seeds>` times the build stages over one,
// `open <generation folder>` times opening a stored generation, `answers <seeds> <index> <questions.jsonl> [rounds]`
// times each question over that many warm rounds (3);
// anything else runs BenchmarkDotNet.
if (args is ["corpus", var size, var target])
{
    var (files, paragraphs) = SyntheticCorpus.Write(Path.Combine(AnswerBenchmarks.FindRoot(), "seeds"), target, int.Parse(size, CultureInfo.InvariantCulture));
    Console.WriteLine($"Wrote {files} files, about {paragraphs} paragraphs, to {target}");
    return 0;
}

if (args is ["open", var generation])
{
    BuildProfile.Open(Path.GetFullPath(generation));
    return 0;
}

if (args is ["answers", var answerSeeds, var answerIndex, var questions, .. var rest] && rest.Length <= 1)
{
    var rounds = rest.Length == 1 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 3;
    AnswerProfile.Run(Path.GetFullPath(answerSeeds), Path.GetFullPath(answerIndex), questions, rounds);
    return 0;
}

if (args is ["profile", var seeds])
{
    BuildProfile.Run(Path.GetFullPath(seeds));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
