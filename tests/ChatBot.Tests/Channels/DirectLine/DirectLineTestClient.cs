using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBot.Tests.Channels.DirectLine;

/// <summary>Speaks the Direct Line 3.0 calls the way botframework-directlinejs does.</summary>
public sealed class DirectLineTestClient(HttpClient http)
{
    public string ConversationId { get; set; } = "";

    public string Token { get; set; } = "";

    public string? Watermark { get; set; }

    public async Task<JsonElement> StartAsync(string userId = "user-1")
    {
        using var response = await http.PostAsJsonAsync("/v3/directline/conversations", new { user = new { id = userId }, locale = "en-US" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        ConversationId = body.GetProperty("conversationId").GetString()!;
        Token = body.GetProperty("token").GetString()!;
        return body;
    }

    public async Task<HttpResponseMessage> PostMessageAsync(string text, string clientActivityId = "client-1", string? conversationId = null)
    {
        using var request = Request(HttpMethod.Post, $"/v3/directline/conversations/{conversationId ?? ConversationId}/activities");
        request.Content = JsonContent.Create(new
        {
            type = "message",
            from = new { id = "user-1", name = "Ann" },
            text,
            textFormat = "plain",
            locale = "en-US",
            channelData = new { clientActivityID = clientActivityId },
        });
        return await http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> GetActivitiesAsync(string? conversationId = null)
    {
        var query = Watermark is null ? "" : "?watermark=" + Watermark;
        using var request = Request(HttpMethod.Get, $"/v3/directline/conversations/{conversationId ?? ConversationId}/activities{query}");
        return await http.SendAsync(request);
    }

    /// <summary>Polls (bounded) until the feed has at least <paramref name="count"/> new activities; advances the watermark.</summary>
    public Task<List<JsonElement>> PollAsync(int count) => PollUntilAsync(seen => seen.Count >= count);

    /// <summary>Polls (bounded) until the new activities satisfy <paramref name="done"/>; advances the watermark.</summary>
    public async Task<List<JsonElement>> PollUntilAsync(Func<List<JsonElement>, bool> done)
    {
        var seen = new List<JsonElement>();
        for (var attempt = 0; attempt < 100 && !done(seen); attempt++)
        {
            using var response = await GetActivitiesAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var set = await response.Content.ReadFromJsonAsync<JsonElement>();
            seen.AddRange(set.GetProperty("activities").EnumerateArray());
            Watermark = set.TryGetProperty("watermark", out var w) ? w.GetString() : Watermark;
            if (!done(seen))
            {
                await Task.Delay(50);
            }
        }

        return seen;
    }

    public HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return request;
    }
}
