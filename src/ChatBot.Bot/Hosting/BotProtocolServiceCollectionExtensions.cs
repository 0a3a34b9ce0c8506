using ChatBot.Bot.Auth;
using ChatBot.Bot.Connector;
using ChatBot.Bot.Identity;
using ChatBot.Bot.Redis;
using ChatBot.Bot.Turns;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Hosting;

public static class BotProtocolServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Bot Framework protocol: the <c>/api/messages</c> turn machinery (<see cref="TurnPipeline"/>,
    /// duplicate filter, rate limiter, background delivery), the <see cref="IConnectorClient"/>, outbound tokens
    /// and inbound authentication. The bot's logic is an <see cref="ITurnHandler"/> registered separately.
    /// </summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotIdentityOptions>()
            .Bind(configuration)
            .Validate(o => o.IsLocalMode || !o.IsSingleTenant || !string.IsNullOrWhiteSpace(o.MicrosoftAppTenantId),
                "MicrosoftAppType SingleTenant needs MicrosoftAppTenantId.")
            .ValidateOnStart();
        AddSection<BotAuthOptions>(services, BotAuthOptions.SectionName);
        AddSection<MessagingOptions>(services, MessagingOptions.SectionName);
        AddSection<RateLimitOptions>(services, RateLimitOptions.SectionName);
        AddSection<ConnectorOptions>(services, ConnectorOptions.SectionName);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DuplicateActivityFilter>();
        services.AddSingleton<UserRateLimiter>();
        services.AddRedisConnection(configuration);
        services.AddSingleton<IDuplicateActivityFilter>(sp => sp.UsesRedis()
            ? ActivatorUtilities.CreateInstance<RedisDuplicateActivityFilter>(sp)
            : sp.GetRequiredService<DuplicateActivityFilter>());
        services.AddSingleton<IUserRateLimiter>(sp => sp.UsesRedis()
            ? ActivatorUtilities.CreateInstance<RedisUserRateLimiter>(sp)
            : sp.GetRequiredService<UserRateLimiter>());

        services.AddScoped(sp => new TurnPipeline(sp, sp.GetRequiredService<IUserRateLimiter>(), sp.GetRequiredService<ILogger<TurnPipeline>>()));
        services.AddSingleton<BackgroundTurnRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundTurnRunner>());
        services.AddHostedService<LocalModeNotice>();

        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.AddConnectorClient();
        services.AddScoped<ReplyDelivery>();

        // IdentityProviderStatus reports an outage once; the client's own logs would add a stack trace per request.
        services.AddHttpClient(BotAuthOptions.MetadataHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(ConnectorHttp.NoRedirects)
            .RemoveAllLoggers();
        services.AddSingleton<IdentityProviderStatus>();
        services.AddSingleton<BotMetadata>();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, BotJwtBearerSetup>();
        services.AddAuthentication()
            .AddPolicyScheme(BotAuthenticationDefaults.Scheme, null, o => o.ForwardDefaultSelector = IssuerSchemeSelector.Select)
            .AddJwtBearer(BotAuthenticationDefaults.ChannelScheme, _ => { })
            .AddJwtBearer(BotAuthenticationDefaults.EmulatorScheme, _ => { });
        services.AddScoped<InboundAuthenticator>();
        return services;
    }

    private static void AddSection<T>(IServiceCollection services, string section)
        where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
