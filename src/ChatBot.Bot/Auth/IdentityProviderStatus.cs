using ChatBot.Bot.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Auth;

/// <summary>
/// Whether the identity provider's metadata (OpenID configuration and signing keys) could be fetched last time.
/// An outage is logged once, as one warning line, and its end once; the refusals in between are not repeated.
/// </summary>
internal sealed class IdentityProviderStatus(ILogger<IdentityProviderStatus> logger)
{
    private int unreachable;

    /// <summary>True from a failed metadata fetch until the next one that succeeds.</summary>
    public bool IsUnreachable => Volatile.Read(ref unreachable) == 1;

    public void ReportFailure(string address, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (Interlocked.Exchange(ref unreachable, 1) == 0)
        {
            Log.IdentityProviderUnreachable(logger, address, LogText.FirstLine(exception.GetBaseException().Message));
        }
    }

    public void ReportSuccess(string address)
    {
        if (Interlocked.Exchange(ref unreachable, 0) == 1)
        {
            Log.IdentityProviderReachable(logger, address);
        }
    }
}
