namespace ChatBot.Bot.Turns;

/// <summary>The HTTP answer to an <c>invoke</c> activity.</summary>
public sealed record InvokeResponse(int Status, object? Body);
