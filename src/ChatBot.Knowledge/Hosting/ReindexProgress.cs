namespace ChatBot.Knowledge.Hosting;

/// <summary>How far a running reindex is.</summary>
/// <param name="Stage">What it is doing now ("reading sources", "writing the index").</param>
/// <param name="SourcesDone">Sources read so far.</param>
/// <param name="Sources">Sources to read.</param>
/// <param name="Percent">Share of the sources read, 0-100.</param>
/// <param name="Elapsed">Time since the reindex started.</param>
/// <param name="Remaining">Estimated time left, or null before the first source is done.</param>
public sealed record ReindexProgress(string Stage, int SourcesDone, int Sources, int Percent, TimeSpan Elapsed, TimeSpan? Remaining);
