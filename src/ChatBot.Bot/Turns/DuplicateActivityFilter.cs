using ChatBot.Bot.Hosting;
using ChatBot.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Turns;

/// <summary>
/// Remembers <c>channelId</c> + <c>conversation.id</c> + <c>id</c> for a while, so that a channel's retry of an
/// activity still being answered (Teams re-posts after 15 s) is answered only once.
/// </summary>
internal sealed class DuplicateActivityFilter(IOptions<MessagingOptions> options, TimeProvider time) : IDuplicateActivityFilter
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Expires)> expiries = new();

    public bool TryRegister(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }

        var key = string.Join('\n', activity.ChannelId, activity.Conversation?.Id, activity.Id);
        var now = time.GetUtcNow();
        lock (gate)
        {
            Purge(now);
            if (seen.ContainsKey(key))
            {
                return false;
            }

            var expires = now + options.Value.DuplicateWindow;
            seen[key] = expires;
            expiries.Enqueue((key, expires));
            return true;
        }
    }

    private void Purge(DateTimeOffset now)
    {
        while (expiries.TryPeek(out var oldest) && oldest.Expires <= now)
        {
            expiries.Dequeue();
            if (seen.TryGetValue(oldest.Key, out var expires) && expires == oldest.Expires)
            {
                seen.Remove(oldest.Key);
            }
        }
    }
}
