namespace ChatBot.Channels.DirectLine;

/// <summary>The id given to a posted activity.</summary>
internal sealed record ResourceResponse(string Id);
