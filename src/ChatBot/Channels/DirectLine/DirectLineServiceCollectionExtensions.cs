using ChatBot.Bot.Redis;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Channels.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>The CORS policy of the Direct Line endpoints.</summary>
    public const string CorsPolicy = "DirectLine";

    /// <summary>Registers the local Direct Line 3.0 endpoint (options section <c>DirectLine</c>).</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineStore>();
        services.AddRedisConnection(configuration);
        services.AddSingleton<IDirectLineStore>(sp => sp.UsesRedis()
            ? ActivatorUtilities.CreateInstance<RedisDirectLineStore>(sp)
            : sp.GetRequiredService<DirectLineStore>());
        services.AddSingleton<DirectLineBotBridge>();
        services.AddSingleton<DirectLineChannel>();
        services.AddSingleton<DirectLineOrigins>();
        services.AddDirectLineStartLimiter();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) => cors.AddPolicy(CorsPolicy, p => p
            .WithOrigins([.. directLine.Value.AllowedOrigins.Select(o => o.TrimEnd('/'))])
            .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent")
            .WithMethods("GET", "POST")));
        return services;
    }
}
