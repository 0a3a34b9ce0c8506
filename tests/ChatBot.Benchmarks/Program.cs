using BenchmarkDotNet.Running;
using ChatBot.Benchmarks.Load;

if (args.Length > 0 && args[0] == "load")
{
    return await LoadRun.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
