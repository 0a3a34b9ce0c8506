using ChatBot.Bot.Protocol;

namespace ChatBot.Channels.DirectLine;

/// <summary>A poll's answer: the activities after the client's watermark, and the new watermark.</summary>
internal sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
