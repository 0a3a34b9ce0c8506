using ChatBot.Bot.Commands;
using ChatBot.Bot.Commands.Admin;
using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Feedback;
using ChatBot.Bot.Redis;
using ChatBot.Bot.Rendering;
using ChatBot.Bot.State;
using ChatBot.Bot.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Bot;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the dialog layer: the <see cref="ITurnHandler"/>, conversation state, commands, answer rendering and
    /// the feedback store. Needs an <c>IKnowledgeBase</c> (<c>AddKnowledge</c>). Settings come from the <c>Bot</c>
    /// section (<see cref="DialogOptions"/>); admin identities from the <c>Admin</c> section (<see cref="AdminOptions"/>). The admin
    /// commands that act on the index come with <c>AddBotAdmin</c>.
    /// </summary>
    public static IServiceCollection AddBotDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DialogOptions>()
            .Bind(configuration.GetSection(DialogOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ConversationStateOptions>()
            .Bind(configuration.GetSection(ConversationStateOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<FeedbackOptions>()
            .Bind(configuration.GetSection(FeedbackOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<SourceLinkOptions>()
            .Bind(configuration.GetSection(SourceLinkOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<FeedbackLogOptions>()
            .Bind(configuration.GetSection(FeedbackLogOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.SectionName));

        services.TryAddSingleton(TimeProvider.System);
        services.AddRedisConnection(configuration);
        services.TryAddSingleton<IConversationStateStore>(sp => sp.UsesRedis()
            ? ActivatorUtilities.CreateInstance<RedisConversationStateStore>(sp)
            : ActivatorUtilities.CreateInstance<InMemoryConversationStateStore>(sp));
        services.TryAddSingleton<IFeedbackStore>(sp => sp.UsesRedis()
            ? ActivatorUtilities.CreateInstance<RedisFeedbackStore>(sp)
            : ActivatorUtilities.CreateInstance<SqliteFeedbackStore>(sp));

        services.TryAddSingleton<ICommandAuthorizer, AdminAuthorizer>();

        services.AddSingleton<SourceLinks>();
        services.AddSingleton<CitationEntityBuilder>();
        services.AddSingleton<AnswerRenderer>();
        services.AddSingleton<SmallTalk>();
        services.AddSingleton<FeedbackVocabulary>();
        services.AddSingleton<FeedbackRecorder>();
        services.AddSingleton<FeedbackBacklog>();
        services.AddHostedService<FeedbackWriter>();

        services.AddSingleton<ICommand, HelpCommand>();
        services.AddSingleton<ICommand, SourcesCommand>();
        services.AddSingleton<ICommand, AboutCommand>();
        services.AddSingleton<ICommand, MoreCommand>();
        services.AddSingleton<ICommand, FeedbackReportCommand>();
        services.AddSingleton<ICommand, WhoAmICommand>();
        services.AddSingleton<CommandRegistry>();

        services.AddSingleton<MessageDialog>();
        services.AddSingleton<WelcomeDialog>();
        services.AddSingleton<FeedbackDialog>();
        services.AddSingleton<ITurnHandler, DialogTurnHandler>();
        return services;
    }
}
