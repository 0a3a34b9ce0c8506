namespace ChatBot.Bot.Tests.Turns;

internal sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset now = new(2025, 5, 1, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
