using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.Admin;

/// <summary><c>POST /admin/reindex</c> through HTTP: key checks, the JSON report and its status codes.</summary>
public sealed class AdminEndpointTests
{
    [Fact]
    public async Task PostReindex_NoKeyConfigured_Returns404()
    {
        using var app = new AdminBotApplication("");
        using var client = await app.ReadyClientAsync();

        using var response = await PostReindexAsync(client, "");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong")]
    [InlineData(AdminBotApplication.Key + "x")]
    [InlineData("S3CRET-ADMIN-KEY")]
    public async Task PostReindex_MissingOrWrongKey_Returns401AndReindexesNothing(string? key)
    {
        using var app = new AdminBotApplication();
        using var client = await app.ReadyClientAsync();
        var version = app.KnowledgeAdmin.Status.Version;

        using var response = await PostReindexAsync(client, key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(version, app.KnowledgeAdmin.Status.Version);
    }

    [Fact]
    public async Task PostReindex_RightKeyAfterNewArticle_Returns200WithTheReport()
    {
        using var app = new AdminBotApplication();
        using var client = await app.ReadyClientAsync();
        var before = app.KnowledgeAdmin.Status;
        NewArticle.CopyInto(app.SeedsPath);

        using var response = await PostReindexAsync(client, AdminBotApplication.Key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("built", report["outcome"]!.GetValue<string>());
        Assert.Equal(before.Version + 1, report["version"]!.GetValue<int>());
        Assert.Equal(before.Sources + 1, report["sources"]!.GetValue<int>());
        Assert.True(report["facts"]!.GetValue<int>() > before.Facts);
        Assert.True(report["elapsedSeconds"]!.GetValue<double>() > 0);
        var added = Assert.Single(report["added"]!.AsArray())!;
        Assert.Equal(NewArticle.File, added["file"]!.GetValue<string>());
        Assert.Equal("2025-08-08", added["published"]!.GetValue<string>());
        Assert.True(added["metadataInferred"]!.GetValue<bool>());
        Assert.Empty(report["skipped"]!.AsArray());
        Assert.Contains($"New: {NewArticle.Title} (8 August 2025, inferred from the text because the catalog has no entry).", report["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before.Version + 1, app.KnowledgeAdmin.Status.Version);
    }

    [Fact]
    public async Task PostReindex_NothingValidInSeeds_Returns422AndThePreviousIndexKeepsServing()
    {
        using var app = new AdminBotApplication();
        using var client = await app.ReadyClientAsync();
        var version = app.KnowledgeAdmin.Status.Version;
        foreach (var file in Directory.GetFiles(app.SeedsPath, "*.txt")) File.WriteAllBytes(file, [0xFF, 0xFE, 0x00]);

        using var response = await PostReindexAsync(client, AdminBotApplication.Key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("failed", report["outcome"]!.GetValue<string>());
        Assert.Equal(version, report["version"]!.GetValue<int>());
        Assert.Equal(5, report["skipped"]!.AsArray().Count);
        Assert.Contains($"The previous index (version {version}) keeps serving.", report["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var reply = (await AdminBotApplication.SayAsync(client, AdminBotApplication.Message("Who hosted the talks in Almaty?", "29:user")))[0];
        Assert.Contains("Nurtleu", AdminBotApplication.Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostReindex_TwoAtOnce_OneBuildsAndTheOtherGets409()
    {
        using var app = new AdminBotApplication();
        using var client = await app.ReadyClientAsync();

        var first = PostReindexAsync(client, AdminBotApplication.Key);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!app.KnowledgeAdmin.Status.Rebuilding && !first.IsCompleted && clock.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(1);
        var responses = new[] { await PostReindexAsync(client, AdminBotApplication.Key), await first };

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var conflict = (await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("alreadyRunning", conflict["outcome"]!.GetValue<string>());
        foreach (var response in responses) response.Dispose();
    }

    private static async Task<HttpResponseMessage> PostReindexAsync(HttpClient client, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/reindex");
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return await client.SendAsync(request);
    }
}
