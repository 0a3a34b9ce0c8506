using System.Net;
using ChatBot.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace ChatBot.Bot.Connector;

/// <summary>
/// Retry policy of Connector calls (§8.6): exponential backoff with jitter, honouring <c>Retry-After</c>, on
/// 429, 408, 412 and 5xx and on network failures; one timeout per attempt and one for the whole send.
/// </summary>
internal static class ConnectorResilience
{
    public static IHttpClientBuilder AddConnectorResilience(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler("connector", static (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
            pipeline.AddTimeout(options.TotalTimeout);
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = TimeSpan.FromSeconds(30),
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && ShouldRetry(args.Outcome)),
            });
            pipeline.AddTimeout(options.AttemptTimeout);
        });
        return builder;
    }

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    };

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout or HttpStatusCode.PreconditionFailed
        || (int)status >= 500;
}
