namespace ChatBot.Web;

/// <summary>
/// Headers that keep the chat page and source viewer from being framed, sniffed or made to run anything but the
/// host's own scripts: even text that slipped through into the page could not load a script or send data elsewhere.
/// </summary>
public static class SecurityHeaders
{
    // Web Chat styles its components with generated <style> elements, hence 'unsafe-inline' for styles only.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; object-src 'none'; base-uri 'none'; "
        + "form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers to every response of the host.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });
        return app;
    }
}
