using ChatBot.Knowledge.Hosting;

namespace ChatBot.Knowledge.Tests.Hosting;

public sealed class ChangeDebouncerTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);

    [Fact]
    public void Remaining_NoSignal_IsNull()
    {
        Assert.Null(new ChangeDebouncer(Quiet, new ManualClock()).Remaining());
    }

    [Fact]
    public void Remaining_SignalsInABurst_CountsFromTheLastOne()
    {
        var clock = new ManualClock();
        var sut = new ChangeDebouncer(Quiet, clock);

        sut.Signal();
        clock.Advance(TimeSpan.FromSeconds(1.5));
        sut.Signal();
        clock.Advance(TimeSpan.FromSeconds(1.5));

        Assert.Equal(TimeSpan.FromSeconds(0.5), sut.Remaining());
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, sut.Remaining());
    }

    [Fact]
    public async Task WaitAsync_QuietPeriodAlreadyOver_ReturnsAndClearsThePendingChange()
    {
        var clock = new ManualClock();
        var sut = new ChangeDebouncer(Quiet, clock);
        sut.Signal();
        clock.Advance(Quiet);

        await sut.WaitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Null(sut.Remaining());
    }

    [Fact]
    public async Task WaitAsync_NoSignal_WaitsUntilOneComes()
    {
        var sut = new ChangeDebouncer(TimeSpan.FromMilliseconds(50), TimeProvider.System);

        var waiting = sut.WaitAsync(CancellationToken.None);
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);
        sut.Signal();

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
