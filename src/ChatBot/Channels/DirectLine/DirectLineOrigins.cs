using Microsoft.Extensions.Options;

namespace ChatBot.Channels.DirectLine;

/// <summary>
/// Which browser origins may call the Direct Line: the page's own, plus <see cref="DirectLineOptions.AllowedOrigins"/>.
/// The CORS policy stops other pages reading the answers; this filter also stops them starting or posting anything.
/// </summary>
internal sealed class DirectLineOrigins(IOptions<DirectLineOptions> options) : IEndpointFilter
{
    public const string NotAllowed = "This web page may not use the bot's chat. Its operator can allow the page's origin in DirectLine:AllowedOrigins.";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        return IsAllowed(request)
            ? await next(context)
            : Results.Problem(NotAllowed, statusCode: StatusCodes.Status403Forbidden, title: "Origin not allowed");
    }

    private bool IsAllowed(HttpRequest request)
    {
        // Requests without an Origin come from no browser page (curl, the bot itself, same-origin GETs).
        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0
            || IsOwnPage(origin, request)
            || options.Value.AllowedOrigins.Contains(origin.TrimEnd('/'), StringComparer.OrdinalIgnoreCase);
    }

    // The page's own origin names this host. Only host and port are compared: a proxy that ends TLS in front of the
    // host turns https into http, while the browser's Origin keeps https.
    private static bool IsOwnPage(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var page)
        && Uri.TryCreate($"{page.Scheme}://{request.Host}", UriKind.Absolute, out var self)
        && string.Equals(page.Authority, self.Authority, StringComparison.OrdinalIgnoreCase);
}
