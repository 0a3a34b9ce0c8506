using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ChatBot.Channels.DirectLine;

/// <summary>
/// Limits how many tokens and conversations one client address may start per minute
/// (<see cref="DirectLineOptions.StartsPerClientPerMinute"/>), so nobody can fill the conversation store.
/// </summary>
internal static class DirectLineStartLimiter
{
    public const string Policy = "DirectLineStarts";

    public const string TooManyStarts = "Too many new chats from your address; please wait a minute, then reload the page.";

    public static IServiceCollection AddDirectLineStartLimiter(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.StartsPerClientPerMinute;
                var address = context.Connection.RemoteIpAddress?.ToString() ?? "";
                return perMinute <= 0
                    ? RateLimitPartition.GetNoLimiter(address)
                    : RateLimitPartition.GetSlidingWindowLimiter(address, _ => new SlidingWindowRateLimiterOptions
                    {
                        PermitLimit = perMinute,
                        Window = TimeSpan.FromMinutes(1),
                        SegmentsPerWindow = 6,
                        QueueLimit = 0,
                    });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await Results.Problem(TooManyStarts, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests")
                    .ExecuteAsync(context.HttpContext);
            };
        });
}
