using System.Diagnostics;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Indexing;
using Microsoft.Extensions.Logging;

namespace ChatBot.Knowledge.Hosting;

/// <summary>
/// Asks the example questions in the background whenever a generation starts serving, so the tables answers build
/// on first use for each generation (the corpus's words and names, each topic's facts newest first, what each
/// sentence states) are ready before the first person asks: at 100k paragraphs they would cost that person's
/// question about 3 s. The admin who reindexed is not kept waiting for it.
/// </summary>
internal sealed partial class AnswerWarmUp(IKnowledgeBase knowledge, ILogger<AnswerWarmUp> logger) : IReindexListener
{
    /// <summary>The warm-up of the latest generation to start serving; done when it has asked every example.</summary>
    public Task Running { get; private set; } = Task.CompletedTask;

    public Task OnServingAsync(ReindexReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        Running = Task.Run(() => WarmUp(report.Version), CancellationToken.None);
        return Task.CompletedTask;
    }

    private void WarmUp(int version)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            foreach (var question in knowledge.ExampleQuestions) knowledge.Ask(new Question(question));
            var elapsed = Stopwatch.GetElapsedTime(started);
            Log.Ready(logger, version, elapsed.TotalMilliseconds);
        }
#pragma warning disable CA1031 // A warm-up that fails costs only speed: the first question builds what it needs.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.Failed(logger, ex, version);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1064, Level = LogLevel.Information, Message = "Index version {Version} warmed up for answers in {ElapsedMs} ms")]
        public static partial void Ready(ILogger logger, int version, double elapsedMs);

        [LoggerMessage(EventId = 1065, Level = LogLevel.Warning, Message = "Warming up index version {Version} for answers failed; the first question will be slower")]
        public static partial void Failed(ILogger logger, Exception exception, int version);
    }
}
