namespace ChatBot.Benchmarks.Load;

/// <summary>One request of a load run: how long it took and what came back.</summary>
internal sealed record Sample(TimeSpan Elapsed, Outcome Outcome, string? Error = null);

internal enum Outcome
{
    Answered,
    Declined,
    Error,
}
