using System.Net;
using System.Text.Json;
using ChatBot.Bot.Protocol;

namespace ChatBot.Channels.DirectLine;

/// <summary>
/// The Connector API (send and reply) under the Direct Line's own <c>serviceUrl</c>, so that what the bot posts
/// outside a turn (a proactive message, typing) reaches the page too. Only callers on this machine may post: the
/// bot posts to loopback service URLs only, and nobody else should speak as the bot.
/// </summary>
internal static class DirectLineConnectorEndpoints
{
    public static void MapConnector(RouteGroupBuilder group)
    {
        group.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, HttpRequest request, IDirectLineStore store, DirectLineChannel channel)
            => SendAsync(conversationId, null, request, store, channel));
        group.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpRequest request, IDirectLineStore store, DirectLineChannel channel)
            => SendAsync(conversationId, activityId, request, store, channel));
    }

    private static async Task<IResult> SendAsync(string conversationId, string? replyToId, HttpRequest request, IDirectLineStore store, DirectLineChannel channel)
    {
        if (request.HttpContext.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
        {
            return Error(StatusCodes.Status403Forbidden, "Forbidden", "Only the bot on this machine may post here.");
        }

        if (store.Find(conversationId) is not { } conversation)
        {
            return Error(StatusCodes.Status404NotFound, "ConversationNotFound", "No such conversation.");
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, BotJson.Options, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity is null)
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be an activity.");
        }

        var serviceUrl = DirectLineEndpoints.ServiceUrl(request);
        var id = channel.DeliverFromBot(conversation, activity, replyToId, serviceUrl);
        return Results.Json(new ResourceResponse(id), BotJson.Options);
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, BotJson.Options, statusCode: status);
}
