using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Dialogs;

/// <summary>What a command sees of its turn.</summary>
/// <param name="Activity">The inbound message.</param>
/// <param name="Arguments">The text after the command word, trimmed.</param>
/// <param name="ConversationKey">Key of the conversation's state.</param>
public sealed record CommandContext(Activity Activity, string Arguments, string ConversationKey);
