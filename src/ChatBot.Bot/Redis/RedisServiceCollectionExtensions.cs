using ChatBot.Knowledge.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Bot.Redis;

public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// Registers what every shared store needs once: <see cref="RedisOptions"/>, the <see cref="RedisConnection"/>
    /// (inert while <c>Redis:Configuration</c> is empty), the <see cref="IHostCoordinator"/> that lets hosts take turns
    /// building the index and follow each other's generations, and a <c>redis</c> health check. The <c>AddBot*</c> and
    /// <c>AddDirectLine</c> methods call it; calling it again does nothing. Which stores serve is decided when they are
    /// first resolved (<see cref="UsesRedis"/>), so configuration added late (tests, environment) counts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">Where the <c>Redis</c> section is; null: the <see cref="IConfiguration"/> service.</param>
    public static IServiceCollection AddRedisConnection(this IServiceCollection services, IConfiguration? configuration = null)
    {
        if (services.Any(d => d.ServiceType == typeof(RedisConnection))) return services;
        var options = services.AddOptions<RedisOptions>();
        if (configuration is null) options.BindConfiguration(RedisOptions.SectionName);
        else options.Bind(configuration.GetSection(RedisOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<SingleHostCoordinator>();
        services.AddSingleton<RedisHostCoordinator>();
        services.Replace(ServiceDescriptor.Singleton<IHostCoordinator>(sp => sp.UsesRedis()
            ? sp.GetRequiredService<RedisHostCoordinator>()
            : sp.GetRequiredService<SingleHostCoordinator>()));
        services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<IndexGenerationSync>(sp));
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis");
        return services;
    }

    /// <summary>True when <c>Redis:Configuration</c> is set: the shared stores serve instead of the in-process ones.</summary>
    public static bool UsesRedis(this IServiceProvider services) => services.GetRequiredService<RedisConnection>().IsConfigured;
}
