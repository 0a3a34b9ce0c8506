using System.Collections.Frozen;
using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Channels;

/// <summary>
/// The channels the bot knows, by <c>channelId</c>: every <see cref="Channel"/> subclass of this library, each in its
/// own folder under Channels/, so adding a channel touches nothing else. Other ids get the defaults of
/// <see cref="Channel"/>.
/// </summary>
public static class ChannelRegistry
{
    private static readonly Channel Fallback = new UnknownChannel();

    // Found once by type, so the registry depends on no channel folder; two channels claiming one id fail at startup.
    private static readonly FrozenDictionary<string, Channel> ById = typeof(Channel).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(Channel)) && !type.IsAbstract && type != typeof(UnknownChannel))
        .Select(type => (Channel)Activator.CreateInstance(type)!)
        .SelectMany(channel => channel.Ids.Select(id => KeyValuePair.Create(id, channel)))
        .ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The channel a <c>channelId</c> names.</summary>
    public static Channel For(string? channelId) =>
        channelId is not null && ById.TryGetValue(channelId, out var channel) ? channel : Fallback;

    /// <summary>The channel <paramref name="activity"/> came from.</summary>
    public static Channel For(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return For(activity.ChannelId);
    }

    private sealed class UnknownChannel : Channel
    {
        public override IReadOnlyList<string> Ids => [];
    }
}
