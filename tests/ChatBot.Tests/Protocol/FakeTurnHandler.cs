using ChatBot.Bot.Protocol;
using ChatBot.Bot.Turns;

namespace ChatBot.Tests.Protocol;

/// <summary>
/// Stands in for the dialog layer: echoes messages, and behaves on cue ("boom" throws, "slow" takes 1.5 s;
/// invoke "test/unhandled" returns no invoke response).
/// </summary>
internal sealed class FakeTurnHandler : ITurnHandler
{
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public async Task<TurnResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        if (activity.Type == ActivityTypes.Invoke)
        {
            return activity.Name == "test/unhandled"
                ? TurnResult.Empty
                : new TurnResult([], new InvokeResponse(200, new { status = "ok" }));
        }

        switch (activity.Text)
        {
            case "boom":
                throw new InvalidOperationException("internal detail that must not leak");
            case "slow":
                await Task.Delay(TimeSpan.FromSeconds(1.5), cancellationToken);
                break;
        }

        return new TurnResult([activity.CreateReply("echo: " + activity.Text)]);
    }
}
