using ChatBot.Bot.Identity;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Hosting;

/// <summary>Says at start when the bot runs without an app id, so that nobody deploys it that way unknowingly.</summary>
internal sealed class LocalModeNotice(IOptions<BotIdentityOptions> identity, ILogger<LocalModeNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = identity.Value;
        if (options.IsLocalMode)
        {
            Log.LocalMode(logger);
        }
        else
        {
            Log.Authenticated(logger, options.MicrosoftAppId, string.IsNullOrEmpty(options.MicrosoftAppType) ? BotAppTypes.MultiTenant : options.MicrosoftAppType);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
