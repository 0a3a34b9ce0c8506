using ChatBot.Bot.Diagnostics;
using ChatBot.Bot.Hosting;
using ChatBot.Bot.Identity;
using ChatBot.Bot.Protocol;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Auth;

/// <summary>
/// Authenticates a call to <c>/api/messages</c>: the bearer token through <see cref="BotAuthenticationDefaults.Scheme"/>,
/// then the checks that need the activity (channel endorsement, <c>serviceurl</c> claim). Local mode lets every call in.
/// </summary>
internal sealed class InboundAuthenticator(IOptions<BotIdentityOptions> identity, IdentityProviderStatus provider, ILogger<InboundAuthenticator> logger)
{
    public async Task<bool> AuthenticateAsync(HttpContext context, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(activity);
        // PROTOCOL: the SDK still validates a token sent to a bot without an app id; local mode has no audience
        // to check it against and lets every call in, posting replies only to loopback service URLs.
        if (identity.Value.IsLocalMode)
        {
            return true;
        }

        var result = await context.AuthenticateAsync(BotAuthenticationDefaults.Scheme);
        if (!result.Succeeded)
        {
            // During an outage every call fails the same way; the outage itself was logged once.
            if (provider.IsUnreachable) Log.RefusedWhileUnreachable(logger, activity.ChannelId, activity.Id);
            else Log.Refused(logger, activity.ChannelId, activity.Id, LogText.FirstLine(result.Failure?.Message ?? "no bearer token"));
            return false;
        }

        if (!string.Equals(result.Ticket.AuthenticationScheme, BotAuthenticationDefaults.ChannelScheme, StringComparison.Ordinal))
        {
            return true;
        }

        var principal = result.Principal;
        var serviceUrl = principal.FindFirst(BotClaims.ServiceUrl)?.Value;
        if (string.IsNullOrEmpty(serviceUrl) || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            Log.Refused(logger, activity.ChannelId, activity.Id, "the serviceurl claim does not match the activity");
            return false;
        }

        // PROTOCOL: the SDK skips the endorsement check when channelId is empty; here that fails.
        var endorsed = principal.Identities
            .Where(i => string.Equals(i.AuthenticationType, BotClaims.EndorsementsIdentity, StringComparison.Ordinal))
            .SelectMany(i => i.FindAll(BotClaims.Endorsement))
            .Any(c => !string.IsNullOrEmpty(activity.ChannelId) && string.Equals(c.Value, activity.ChannelId, StringComparison.Ordinal));
        if (!endorsed)
        {
            Log.Refused(logger, activity.ChannelId, activity.Id, "the signing key is not endorsed for the channel");
            return false;
        }

        return true;
    }
}
