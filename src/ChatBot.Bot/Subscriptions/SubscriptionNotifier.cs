using System.Net;
using ChatBot.Bot.Connector;
using ChatBot.Bot.Hosting;
using ChatBot.Bot.Identity;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Rendering;
using ChatBot.Bot.State;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace ChatBot.Bot.Subscriptions;

/// <summary>
/// After each index generation starts serving, posts to every subscribed conversation one proactive message with the
/// facts on its topic that are new since it was last notified, and none when there are none.
/// </summary>
/// <remarks>
/// A subscription is marked notified only once its message was accepted (or there was nothing to send), so news that
/// could not be delivered goes out with the next reindex. A channel that refuses the post (403: the bot was removed
/// or the stored region is wrong; 404: the conversation is gone) counts against the subscription, which is dropped
/// after <see cref="MaxRefusals"/> refusals in a row; a new <c>subscribe</c> refreshes the stored address. Failures of
/// one conversation are logged and never stop the others.
/// </remarks>
public sealed class SubscriptionNotifier(
    ISubscriptionStore store,
    IKnowledgeBase knowledge,
    AnswerRenderer renderer,
    IConnectorClient connector,
    IConversationStateStore states,
    IOptions<BotIdentityOptions> identity,
    IHostCoordinator hosts,
    ILogger<SubscriptionNotifier> logger) : IReindexListener, IDisposable
{
    /// <summary>Refused pushes in a row after which a subscription is dropped.</summary>
    public const int MaxRefusals = 3;

    /// <summary>The lock that lets one host at a time push (each host runs a pass when it starts serving a generation).</summary>
    public const string PushLockName = "subscriptions-push";

    // Long enough for another host's pass to finish; then this pass finds what is still pending (usually nothing).
    private static readonly TimeSpan PushLockWait = TimeSpan.FromMinutes(2);

    // Start-up and a reindex may both finish at once; one pass at a time keeps "one message per reindex".
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task OnServingAsync(ReindexReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        await _gate.WaitAsync(cancellationToken);
        IDisposable? pushLock = null;
        try
        {
            pushLock = await Task.Run(() => hosts.TryLock(PushLockName, PushLockWait), cancellationToken);
            if (pushLock is null)
            {
                Log.PushBusy(logger, report.Version);
                return;
            }

            // Two reindexes in a row may reach this gate out of order. A newer generation already serves, and its own
            // call covers everything up to it; the older report would only pull subscriptions back and repeat news.
            if (report.Version < knowledge.CurrentVersion)
            {
                Log.StaleReport(logger, report.Version, knowledge.CurrentVersion);
                return;
            }

            // A version below what was already delivered means the index was rebuilt from nothing: every fact is
            // "new" in it, so start counting afresh instead of pushing the whole corpus or waiting for old numbers.
            var reset = await store.RebaselineAsync(report.Version, cancellationToken);
            if (reset > 0) Log.Rebaselined(logger, reset, report.Version);
            var pending = await store.PendingAsync(report.Version, cancellationToken);
            var sent = 0;
            foreach (var subscription in pending)
            {
                if (await NotifyAsync(subscription, report.Version, cancellationToken)) sent++;
            }

            Log.Pushed(logger, report.Version, pending.Count, sent);
        }
        finally
        {
            pushLock?.Dispose();
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<bool> NotifyAsync(Subscription subscription, int version, CancellationToken cancellationToken)
    {
        var reference = subscription.Reference;
        var news = knowledge.WhatsNew(subscription.TopicId, subscription.LastNotifiedVersion, version);
        if (news is null || (identity.Value.IsLocalMode && !ServiceUrlPolicy.IsLoopback(reference.ServiceUrl)))
        {
            // Nothing to say, or (local mode) nowhere it may be said: either way this version is done for it.
            if (news is not null) Log.NotLoopback(logger, reference.ServiceUrl, reference.ConversationId);
            await store.MarkNotifiedAsync(subscription, version, cancellationToken);
            return false;
        }

        try
        {
            var (message, record) = Compose(subscription, news);
            var id = await connector.SendAsync(message, cancellationToken);
            states.Update(ConversationKey.For(message), s => s.WithAnswer(record with { ReplyId = id }));
            await store.MarkNotifiedAsync(subscription, version, cancellationToken);
            Log.Notified(logger, reference.ChannelId, reference.ConversationId, subscription.TopicId, version, news.Citations.Count);
            return true;
        }
        catch (HttpRequestException ex) when (ex.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            await RefusedAsync(subscription, ex, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.DeliveryFailed(logger, ex, reference.ChannelId, reference.ConversationId, subscription.TopicId);
        }

        return false;
    }

    private async Task RefusedAsync(Subscription subscription, HttpRequestException ex, CancellationToken cancellationToken)
    {
        var reference = subscription.Reference;
        var refusals = await store.RecordFailureAsync(subscription, cancellationToken);
        Log.Refused(logger, ex, reference.ChannelId, reference.ConversationId, subscription.TopicId, (int?)ex.StatusCode, refusals);
        if (refusals < MaxRefusals) return;
        await store.RemoveAsync(reference.ChannelId, reference.ConversationId, subscription.TopicId, cancellationToken);
        Log.Dropped(logger, reference.ChannelId, reference.ConversationId, subscription.TopicId, refusals);
    }

    private (Activity Message, AnswerRecord Record) Compose(Subscription subscription, Answer news)
    {
        var name = TopicArguments.Name(knowledge, subscription.TopicId);
        var rendered = renderer.Render(subscription.Reference.ToInbound(), news);
        var message = rendered.Activity;

        // PROTOCOL: a proactive message answers no activity, so it is a send (no replyToId), from the bot to the user.
        message.ReplyToId = null;
        message.Text = $"New on {name} since the last update:\n\n{message.Text}";
        var record = new AnswerRecord(null, $"what's new on {name}", message.Text, news.Citations, rendered.Pending);
        return (message, record);
    }
}
