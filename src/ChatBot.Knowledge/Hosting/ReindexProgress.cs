namespace ChatBot.Knowledge.Hosting;

/// <summary>How far a running reindex is, in its current stage.</summary>
/// <param name="Stage">What it is doing now ("reading sources", "writing the index", "embedding sentences").</param>
/// <param name="Done">Items of the stage done so far.</param>
/// <param name="Total">Items the stage has to do.</param>
/// <param name="Unit">What the items are ("sources", "sentences").</param>
/// <param name="Percent">Share of the stage's items done, 0-100.</param>
/// <param name="Elapsed">Time since the reindex started.</param>
/// <param name="Remaining">Estimated time left, or null when there is no pace to go by yet.</param>
public sealed record ReindexProgress(string Stage, int Done, int Total, string Unit, int Percent, TimeSpan Elapsed, TimeSpan? Remaining);
