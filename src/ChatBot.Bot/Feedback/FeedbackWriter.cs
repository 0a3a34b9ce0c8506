using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Feedback;

/// <summary>
/// Writes queued feedback off the request path: waits for a record, gathers more for
/// <see cref="FeedbackLogOptions.FlushInterval"/>, writes them as one batch; at shutdown, writes what is left.
/// </summary>
internal sealed class FeedbackWriter(FeedbackBacklog queue, IOptions<FeedbackLogOptions> options, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await queue.WaitAsync(stoppingToken).ConfigureAwait(false))
            {
                await Task.Delay(options.Value.FlushInterval, clock, stoppingToken).ConfigureAwait(false);
                await queue.FlushAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await queue.FlushAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
