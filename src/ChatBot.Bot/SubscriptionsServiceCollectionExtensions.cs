using ChatBot.Bot.Commands.Subscriptions;
using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Redis;
using ChatBot.Bot.Subscriptions;
using ChatBot.Knowledge.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Bot;

public static class SubscriptionsServiceCollectionExtensions
{
    /// <summary>
    /// Registers topic subscriptions: the <c>subscribe</c>, <c>unsubscribe</c> and <c>subscriptions</c> commands, the
    /// SQLite store (<see cref="SubscriptionOptions.SubscriptionsDatabasePath"/>) and the <see cref="SubscriptionNotifier"/>
    /// that pushes new facts after each reindex. Needs <c>AddKnowledge</c>, <c>AddBotProtocol</c> and <c>AddBotDialogs</c>.
    /// </summary>
    public static IServiceCollection AddBotSubscriptions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SubscriptionOptions>()
            .Bind(configuration.GetSection(SubscriptionOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddRedisConnection();
        services.TryAddSingleton<ISubscriptionStore>(sp => sp.UsesRedis()
            ? ActivatorUtilities.CreateInstance<RedisSubscriptionStore>(sp)
            : ActivatorUtilities.CreateInstance<SqliteSubscriptionStore>(sp));
        services.AddSingleton<ICommand, SubscribeCommand>();
        services.AddSingleton<ICommand, UnsubscribeCommand>();
        services.AddSingleton<ICommand, SubscriptionsCommand>();
        services.AddSingleton<IBotRemovedListener, SubscriptionCleanup>();
        services.AddSingleton<SubscriptionNotifier>();
        services.AddSingleton<IReindexListener>(sp => sp.GetRequiredService<SubscriptionNotifier>());
        return services;
    }
}
