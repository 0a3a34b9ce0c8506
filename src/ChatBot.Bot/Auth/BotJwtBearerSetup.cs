using ChatBot.Bot.Hosting;
using ChatBot.Bot.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Bot.Auth;

/// <summary>
/// Token validation of the two Bot Framework schemes (§4): channel tokens (issuer <c>api.botframework.com</c>,
/// audience = app id, endorsements collected for the body checks) and Emulator tokens (Entra ID issuers,
/// <c>appid</c>/<c>azp</c> = app id). RS256/384/512 only, 5 minutes of clock skew, claims kept as sent.
/// </summary>
internal sealed class BotJwtBearerSetup(BotMetadata metadata, IOptions<BotIdentityOptions> identity, IOptions<BotAuthOptions> auth)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, JwtBearerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (name is not (BotAuthenticationDefaults.ChannelScheme or BotAuthenticationDefaults.EmulatorScheme))
        {
            return;
        }

        var appId = identity.Value.MicrosoftAppId;
        var channel = name == BotAuthenticationDefaults.ChannelScheme;
        options.MapInboundClaims = false;
        options.RequireHttpsMetadata = true;
        options.ConfigurationManager = channel ? metadata.Channel : metadata.Emulator;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = channel ? [BotAuthenticationDefaults.ChannelIssuer] : EmulatorIssuers(),

            // PROTOCOL: Emulator tokens are matched on appid/azp, as the SDK does, not on aud.
            ValidateAudience = channel,
            ValidAudience = appId,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ValidAlgorithms = Algorithms,
            ClockSkew = auth.Value.ClockSkew,
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = channel ? BotTokenEvents.CollectEndorsementsAsync : context => BotTokenEvents.CheckEmulatorAppId(context, appId),
            OnAuthenticationFailed = BotTokenEvents.RefuseOnError,
        };
    }

    private List<string> EmulatorIssuers()
    {
        var issuers = BotAuthenticationDefaults.EmulatorTenants.SelectMany(BotAuthenticationDefaults.EntraIssuers).ToList();
        var tenant = identity.Value.MicrosoftAppTenantId;
        if (identity.Value.IsSingleTenant && !string.IsNullOrWhiteSpace(tenant))
        {
            issuers.AddRange(BotAuthenticationDefaults.EntraIssuers(tenant));
        }

        return issuers;
    }
}
