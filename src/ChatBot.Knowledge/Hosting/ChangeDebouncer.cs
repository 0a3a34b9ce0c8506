namespace ChatBot.Knowledge.Hosting;

/// <summary>
/// Turns a burst of change signals into one go: <see cref="WaitAsync"/> returns once a signal has come and then
/// <c>quiet</c> has passed without another one. Copying five articles into the seeds folder thus reindexes once.
/// </summary>
internal sealed class ChangeDebouncer(TimeSpan quiet, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _signalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastSignal;
    private bool _pending;

    /// <summary>Records a change; the quiet period starts again.</summary>
    public void Signal()
    {
        lock (_gate)
        {
            _lastSignal = clock.GetTimestamp();
            _pending = true;
            _signalled.TrySetResult();
        }
    }

    /// <summary>Time left until the quiet period after the last signal is over; null when nothing is pending.</summary>
    public TimeSpan? Remaining()
    {
        lock (_gate)
        {
            if (!_pending) return null;
            var left = quiet - clock.GetElapsedTime(_lastSignal);
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>Waits for a signal and the quiet period after the last one, then clears the pending state.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task signalled;
            lock (_gate)
            {
                signalled = _signalled.Task;
            }

            switch (Remaining())
            {
                case null:
                    await signalled.WaitAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                case { } left when left > TimeSpan.Zero:
                    await Task.Delay(left, clock, cancellationToken).ConfigureAwait(false);
                    continue;
            }

            lock (_gate)
            {
                if (clock.GetElapsedTime(_lastSignal) < quiet) continue;
                _pending = false;
                _signalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                return;
            }
        }
    }
}
