namespace ChatBot.DirectLine;

/// <summary>The id given to a posted activity.</summary>
internal sealed record ResourceResponse(string Id);
