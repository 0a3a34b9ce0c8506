using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatBot.Bot.Hosting;

public static class BotProtocolEndpointRouteBuilderExtensions
{
    /// <summary>The Bot Framework messaging endpoint.</summary>
    public const string MessagesPath = "/api/messages";

    /// <summary>
    /// Maps <c>POST /api/messages</c> (other verbs get 405). Needs <see cref="BotProtocolServiceCollectionExtensions.AddBotProtocol"/>.
    /// </summary>
    public static IEndpointConventionBuilder MapBotProtocol(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(MessagesPath, (Delegate)MessagesEndpoint.HandleAsync)
            .WithName("BotMessages")
            .DisableAntiforgery();
    }
}
