using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.State;

/// <summary>The state key of an activity's conversation: channel and conversation id.</summary>
public static class ConversationKey
{
    public static string For(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return $"{activity.ChannelId}|{activity.Conversation?.Id}";
    }
}
