using System.Diagnostics;
using ChatBot.Knowledge.Indexing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Knowledge.Embeddings;

/// <summary>
/// Loads the embedding model in the background once the index serves, so the first question does not wait for it
/// (about two seconds) and start-up does not compete with it for the processor. Nothing happens with embeddings off.
/// </summary>
internal sealed partial class EncoderWarmUp(IOptions<EmbeddingOptions> options, ISentenceEncoder encoder, KnowledgeIndex index, ILogger<EncoderWarmUp> logger) : BackgroundService
{
    private static readonly TimeSpan ReadyPoll = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var poll = new PeriodicTimer(ReadyPoll);
        while (!index.IsReady && await poll.WaitForNextTickAsync(stoppingToken)) { }
        if (!stoppingToken.IsCancellationRequested) await Task.Run(WarmUp, stoppingToken);
    }

    private void WarmUp()
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            encoder.EmbedQuery("What is the latest on the peace talks?");
            var elapsed = Stopwatch.GetElapsedTime(started);
            Log.Ready(logger, elapsed.TotalMilliseconds);
        }
#pragma warning disable CA1031 // A model that cannot load must not stop the host: the error is logged here and again by each question that needs it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.Failed(logger, ex);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1062, Level = LogLevel.Information, Message = "Embedding model ready in {ElapsedMs} ms")]
        public static partial void Ready(ILogger logger, double elapsedMs);

        [LoggerMessage(EventId = 1063, Level = LogLevel.Error, Message = "The embedding model could not be loaded; set Knowledge:Embeddings:Enabled to false to answer from words alone")]
        public static partial void Failed(ILogger logger, Exception exception);
    }
}
