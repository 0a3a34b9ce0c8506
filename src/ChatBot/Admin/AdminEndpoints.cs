using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Bot.Commands.Admin;
using ChatBot.Knowledge.Hosting;
using ChatBot.Knowledge.Indexing;
using Microsoft.Extensions.Options;

namespace ChatBot.Admin;

/// <summary>
/// <c>POST /admin/reindex</c>: rebuilds the index and answers with the report. Header <c>X-Api-Key</c> must equal
/// <c>Admin:ApiKey</c>; while that is empty the endpoint does not exist (404). A wrong or missing key gets 401.
/// Built: 200. Another reindex running: 409. Build failed (the previous index keeps serving): 422. Each with the
/// JSON report.
/// </summary>
internal static class AdminEndpoints
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/admin/reindex", ReindexAsync);
        return endpoints;
    }

    private static async Task<IResult> ReindexAsync(
        HttpContext context,
        IOptionsMonitor<AdminOptions> options,
        IKnowledgeAdmin admin,
        IHostApplicationLifetime lifetime,
        ILogger<ReindexResponse> logger)
    {
        var expected = options.CurrentValue.ApiKey;
        if (string.IsNullOrEmpty(expected)) return Results.NotFound();
        var remote = context.Connection.RemoteIpAddress?.ToString();
        if (!ApiKeyCheck.Matches(context.Request.Headers[ApiKeyCheck.HeaderName], expected))
        {
            Log.KeyRefused(logger, remote);
            return Results.Unauthorized();
        }

        Log.ReindexRequested(logger, remote);

        // The build goes on when the caller hangs up, so subscribers still hear of it; only shutdown stops the wait.
        var report = await admin.ReindexAsync(lifetime.ApplicationStopping);
        Log.ReindexFinished(logger, report.Outcome, report.Version);
        var status = report.Outcome switch
        {
            ReindexOutcome.AlreadyRunning => StatusCodes.Status409Conflict,
            ReindexOutcome.Failed => StatusCodes.Status422UnprocessableEntity,
            _ => StatusCodes.Status200OK,
        };
        return Results.Json(ReindexResponse.From(report), Json, statusCode: status);
    }
}
