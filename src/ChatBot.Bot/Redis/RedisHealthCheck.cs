using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Bot.Redis;

/// <summary>
/// Reports a Redis outage on <c>/healthz</c> as Degraded (still 200: the host keeps answering on its own), with the
/// reason; Healthy while Redis works.
/// </summary>
internal sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.IsConfigured) return Task.FromResult(HealthCheckResult.Healthy("Redis not configured: state stays in this host"));

        // Asking for the database notices a lost connection even when no request has needed Redis yet.
        _ = redis.Database;
        return Task.FromResult(redis.Problem is { } problem
            ? HealthCheckResult.Degraded(problem + "; this host answers on its own until it is back")
            : HealthCheckResult.Healthy("Redis connected"));
    }
}
