using System.Globalization;
using System.Text.Json;
using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace ChatBot.Channels.DirectLine;

/// <summary>
/// The Direct Line 3.0 subset that botframework-directlinejs uses when polling (no WebSocket, no uploads).
/// Polls answer only 200, 403 or 404: any other status ends the client's polling until the page reloads.
/// </summary>
public static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseCors();
        app.UseRateLimiter();
        var group = app.MapGroup(BasePath)
            .RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy)
            .AddEndpointFilter<DirectLineOrigins>();
        group.MapPost("/conversations", StartConversationAsync).RequireRateLimiting(DirectLineStartLimiter.Policy);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/tokens/generate", GenerateTokenAsync).RequireRateLimiting(DirectLineStartLimiter.Policy);
        DirectLineConnectorEndpoints.MapConnector(group);
        return app;
    }

    private static async Task<IResult> StartConversationAsync(HttpRequest request, IDirectLineStore store, DirectLineChannel channel)
    {
        DirectLineConversation? conversation;
        if (BearerToken(request) is { } token)
        {
            // A token from /tokens/generate names the conversation to start.
            if (store.Authorize(null, token, out conversation) != DirectLineAccess.Granted)
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
        }
        else
        {
            // PROTOCOL: the hosted service wants a secret here; the local one is open, like /tokens/generate.
            var body = await ReadAsync<TokenRequest>(request);
            conversation = store.Create(body?.User, body?.Locale);
            if (conversation is null)
            {
                return Full();
            }
        }

        channel.Start(conversation!, ServiceUrl(request));
        return Json(Describe(request, store, conversation!, withStream: true), StatusCodes.Status201Created);
    }

    private static IResult Reconnect(string conversationId, HttpRequest request, IDirectLineStore store, DirectLineChannel channel)
    {
        var access = store.Authorize(conversationId, BearerToken(request), out var conversation);
        if (access != DirectLineAccess.Granted)
        {
            return Denied(access);
        }

        channel.Start(conversation!, ServiceUrl(request));
        return Json(Describe(request, store, conversation!, withStream: true));
    }

    private static async Task<IResult> PostActivityAsync(string conversationId, HttpRequest request, IDirectLineStore store, DirectLineChannel channel)
    {
        var access = store.Authorize(conversationId, BearerToken(request), out var conversation);
        if (access != DirectLineAccess.Granted)
        {
            return Denied(access);
        }

        var activity = await ReadAsync<Activity>(request);
        if (activity is null || string.IsNullOrEmpty(activity.Type))
        {
            return Results.Problem("The body must be an activity with a type.", statusCode: StatusCodes.Status400BadRequest);
        }

        // The bot's own limit, so that no way in accepts a message another would refuse.
        var maxLength = request.HttpContext.RequestServices.GetRequiredService<IOptions<DialogOptions>>().Value.MaxQuestionLength;
        if (activity.Text?.Length > maxLength)
        {
            return Results.Problem(
                string.Create(CultureInfo.InvariantCulture, $"Messages are limited to {maxLength:N0} characters; please ask a shorter question."),
                statusCode: StatusCodes.Status400BadRequest);
        }

        channel.Start(conversation!, ServiceUrl(request));
        var id = channel.Post(conversation!, activity, ServiceUrl(request));
        return Json(new ResourceResponse(id));
    }

    private static IResult GetActivities(string conversationId, string? watermark, HttpRequest request, IDirectLineStore store)
    {
        var access = store.Authorize(conversationId, BearerToken(request), out var conversation);
        if (access != DirectLineAccess.Granted)
        {
            return Denied(access);
        }

        var (activities, next) = store.Since(conversation!, watermark);
        return Json(new ActivitySet(activities, next));
    }

    private static IResult RefreshToken(HttpRequest request, IDirectLineStore store)
    {
        if (store.Authorize(null, BearerToken(request), out var conversation) != DirectLineAccess.Granted)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        store.Refresh(conversation!);
        return Json(Describe(request, store, conversation!, withStream: false));
    }

    private static async Task<IResult> GenerateTokenAsync(HttpRequest request, IDirectLineStore store)
    {
        var body = await ReadAsync<TokenRequest>(request);
        var conversation = store.Create(body?.User, body?.Locale);
        return conversation is null ? Full() : Json(Describe(request, store, conversation, withStream: false));
    }

    private static ConversationResponse Describe(HttpRequest request, IDirectLineStore store, DirectLineConversation conversation, bool withStream)
    {
        // PROTOCOL: there is no WebSocket stream; the URL keeps the response's shape and clients poll (webSocket: false).
        var stream = withStream
            ? $"{(request.IsHttps ? "wss" : "ws")}://{request.Host}{request.PathBase}{BasePath}/conversations/{conversation.Id}/stream"
            : null;
        return new ConversationResponse(conversation.Id, conversation.Token, store.SecondsLeft(conversation), stream);
    }

    /// <summary>
    /// The <c>serviceUrl</c> stamped on the conversation's activities: where the bot posts outside a turn (pushed
    /// subscription news) and sends its token when an app id is set. It points at this server over loopback, never at
    /// the request's <c>Host</c> header, which the client writes and could aim at any machine.
    /// </summary>
    internal static string ServiceUrl(HttpRequest request)
    {
        var connection = request.HttpContext.Connection;
        if (connection.LocalPort <= 0)
        {
            // No socket (an in-process test server): the host is the only address there is.
            return $"{request.Scheme}://{request.Host}{request.PathBase}{BasePath}/";
        }

        var local = connection.LocalIpAddress is { } address && System.Net.IPAddress.IsLoopback(address) ? address : System.Net.IPAddress.Loopback;
        var host = local.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{local}]" : local.ToString();
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{request.Scheme}://{host}:{connection.LocalPort}{request.PathBase}{BasePath}/");
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length
            ? header[scheme.Length..].Trim()
            : null;
    }

    // Live chats are never dropped to make room, so a full store turns newcomers away instead.
    private static IResult Full() => Results.Problem(
        "The chat is busy right now: too many conversations are open. Please try again in a few minutes.",
        statusCode: StatusCodes.Status429TooManyRequests,
        title: "Too many conversations");

    private static IResult Denied(DirectLineAccess access) => Results.StatusCode(
        access == DirectLineAccess.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden);

    private static IResult Json(object value, int status = StatusCodes.Status200OK) =>
        Results.Json(value, BotJson.Options, statusCode: status);

    private static async Task<T?> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        if (request.ContentLength == 0 || !request.HasJsonContentType())
        {
            return null;
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, BotJson.Options, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
