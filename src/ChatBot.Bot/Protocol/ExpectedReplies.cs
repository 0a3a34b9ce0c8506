namespace ChatBot.Bot.Protocol;

/// <summary>The body answering a <c>deliveryMode: "expectReplies"</c> activity.</summary>
public sealed class ExpectedReplies
{
    public List<Activity> Activities { get; set; } = [];
}
