using ChatBot.Knowledge.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Bot.Redis;

public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// When <c>Redis:Configuration</c> is set, registers what every shared store needs once: the options, the
    /// <see cref="RedisConnection"/>, the <see cref="IHostCoordinator"/> that lets hosts take turns building the index
    /// and follow each other's generations, and a <c>redis</c> health check. The <c>AddBot*</c> and <c>AddDirectLine</c>
    /// methods call it; calling it again does nothing.
    /// </summary>
    /// <returns>True when Redis is configured.</returns>
    public static bool AddRedisWhenConfigured(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!RedisOptions.IsConfiguredIn(configuration)) return false;
        if (services.Any(d => d.ServiceType == typeof(RedisConnection))) return true;

        services.AddOptions<RedisOptions>().Bind(configuration.GetSection(RedisOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RedisConnection>();
        services.Replace(ServiceDescriptor.Singleton<IHostCoordinator, RedisHostCoordinator>());
        services.AddSingleton<IHostedService, IndexGenerationSync>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis");
        return true;
    }
}
