using ChatBot.Knowledge.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Health;

/// <summary>Healthy once the index is loaded and the bot can answer; looks at nothing outside the process.</summary>
internal sealed class KnowledgeHealthCheck(IKnowledgeAdmin admin) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(admin.IsReady
            ? HealthCheckResult.Healthy($"index version {admin.Status.Version}")
            : HealthCheckResult.Unhealthy("the index is still loading"));
}
