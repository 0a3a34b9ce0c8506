using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Bot.Connector;

/// <summary>The HttpClient that posts replies to a channel's <c>serviceUrl</c>.</summary>
internal static class ConnectorHttp
{
    /// <summary>
    /// Registers <see cref="IConnectorClient"/> over a handler that never follows redirects: the service URL was
    /// checked (loopback in local mode), a redirect's target was not, and following one would send the whole reply
    /// (and the bot's token) to wherever the first listener points. A 3xx fails the send like any other refusal.
    /// </summary>
    public static IHttpClientBuilder AddConnectorClient(this IServiceCollection services) =>
        services.AddHttpClient<IConnectorClient, ConnectorClient>(ConnectorOptions.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(NoRedirects)
            .AddConnectorResilience();

    /// <summary>A primary handler that hands 3xx answers back to the caller instead of following them.</summary>
    public static HttpMessageHandler NoRedirects() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
