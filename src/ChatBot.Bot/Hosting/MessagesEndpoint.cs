using ChatBot.Bot.Auth;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Hosting;

/// <summary>
/// <c>POST /api/messages</c> (bot-protocol.md §2): read and check the activity, authenticate, drop repeats, then
/// answer expectReplies and invokes in the response and everything else with 200 at once and replies via the Connector.
/// </summary>
internal static class MessagesEndpoint
{
    private static readonly HashSet<string> HandledTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Invoke,
        ActivityTypes.MessageReaction, ActivityTypes.InstallationUpdate,
    };

    public static async Task<IResult> HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MessagesEndpoint).FullName!);
        var maxBytes = services.GetRequiredService<IOptions<MessagingOptions>>().Value.MaxRequestBytes;

        var read = await ActivityReader.ReadAsync(context.Request, maxBytes, context.RequestAborted);
        if (read.Activity is not { } activity)
        {
            Log.BadRequest(logger, read.Status, read.Problem);
            return Results.Problem(statusCode: read.Status, title: read.Problem);
        }

        if (!await services.GetRequiredService<InboundAuthenticator>().AuthenticateAsync(context, activity))
        {
            return Results.Unauthorized();
        }

        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
        if (!HandledTypes.Contains(activity.Type!))
        {
            Log.Ignored(logger, activity.Type, activity.Id);
            return expectReplies ? Replies([]) : Results.Ok();
        }

        if (!services.GetRequiredService<IDuplicateActivityFilter>().TryRegister(activity))
        {
            Log.Duplicate(logger, activity.Id, activity.Conversation?.Id, activity.ChannelId);
            return expectReplies ? Replies([]) : Results.Ok();
        }

        if (expectReplies)
        {
            var result = await services.GetRequiredService<TurnPipeline>().RunAsync(activity, context.RequestAborted);

            // Typing means nothing to a caller that reads all replies at once.
            return Replies([.. result.Replies.Where(r => !string.Equals(r.Type, ActivityTypes.Typing, StringComparison.Ordinal))]);
        }

        var runner = services.GetRequiredService<BackgroundTurnRunner>();
        if (string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal))
        {
            var result = await services.GetRequiredService<TurnPipeline>().RunAsync(activity, context.RequestAborted);
            runner.Deliver(activity, result.Replies);
            return result.InvokeResponse switch
            {
                null => Results.StatusCode(StatusCodes.Status501NotImplemented),
                { Body: null } response => Results.StatusCode(response.Status),
                { } response => Results.Json(response.Body, BotJson.Options, statusCode: response.Status),
            };
        }

        runner.Start(activity);
        return Results.Ok();
    }

    private static IResult Replies(List<Activity> activities) =>
        Results.Json(new ExpectedReplies { Activities = activities }, BotJson.Options);
}
