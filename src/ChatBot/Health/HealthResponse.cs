using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatBot.Health;

/// <summary>
/// The <c>/healthz</c> body: the overall status, then one line per check that is not healthy with its reason
/// (e.g. "redis: Redis unreachable since ..."), so a degraded host says why while it keeps answering 200.
/// </summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var lines = report.Entries
            .Where(e => e.Value.Status != HealthStatus.Healthy)
            .Select(e => $"{e.Key}: {e.Value.Description}");
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(string.Join('\n', [report.Status.ToString(), .. lines]));
    }
}
