using ChatBot.Bot.Protocol;
using ChatBot.Bot.Turns;

namespace ChatBot.Tests.Channels.DirectLine;

/// <summary>A bot that welcomes, echoes, and fails on "boom"; it records what it was sent.</summary>
public sealed class ScriptedTurnHandler : ITurnHandler
{
    public const string Welcome = "Welcome! Ask me about the peace talks.";

    public List<Activity> Received { get; } = [];

    public Task<TurnResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        lock (Received)
        {
            Received.Add(activity);
        }

        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            return Task.FromResult(new TurnResult([activity.CreateReply(Welcome)]));
        }

        if (activity.Text == "boom")
        {
            throw new InvalidOperationException("The engine broke.");
        }

        return Task.FromResult(new TurnResult([activity.CreateReply("You said: " + activity.Text)]));
    }
}
