using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Turns;

/// <summary>Recognises an activity a channel sent again (same channel, conversation and id) within a short window.</summary>
internal interface IDuplicateActivityFilter
{
    /// <summary>True the first time an activity is seen; false for a repeat within the window.</summary>
    bool TryRegister(Activity activity);
}
