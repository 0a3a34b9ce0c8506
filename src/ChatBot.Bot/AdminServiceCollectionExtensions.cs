using ChatBot.Bot.Commands.Admin;
using ChatBot.Bot.Dialogs;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Bot;

public static class AdminServiceCollectionExtensions
{
    /// <summary>
    /// Registers the admin chat commands <c>reindex</c> and <c>status</c>. Needs <c>AddKnowledge</c> (for
    /// <c>IKnowledgeAdmin</c>) and <c>AddBotDialogs</c>, whose <see cref="AdminAuthorizer"/> lets only
    /// <see cref="AdminOptions.UserIds"/> run them.
    /// </summary>
    public static IServiceCollection AddBotAdmin(this IServiceCollection services)
    {
        services.AddSingleton<ICommand, ReindexCommand>();
        services.AddSingleton<ICommand, StatusCommand>();
        return services;
    }
}
