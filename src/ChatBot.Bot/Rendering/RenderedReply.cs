using ChatBot.Bot.Protocol;
using ChatBot.Knowledge.Answers;

namespace ChatBot.Bot.Rendering;

/// <summary>A reply ready to send, and which citations it showed.</summary>
/// <param name="Activity">The reply activity.</param>
/// <param name="Shown">Citations listed in the reply.</param>
/// <param name="Pending">Citations left for <c>more</c>.</param>
public sealed record RenderedReply(Activity Activity, IReadOnlyList<Citation> Shown, IReadOnlyList<Citation> Pending);
