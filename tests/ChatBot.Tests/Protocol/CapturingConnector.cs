using System.Net;
using System.Text.Json;
using ChatBot.Bot.Protocol;

namespace ChatBot.Tests.Protocol;

/// <summary>A channel's Connector service in memory: records each posted activity and answers <c>{id}</c>.</summary>
internal sealed class CapturingConnector : HttpMessageHandler
{
    private readonly List<PostedActivity> posted = [];

    public IReadOnlyList<PostedActivity> Posted
    {
        get
        {
            lock (posted)
            {
                return [.. posted];
            }
        }
    }

    public IReadOnlyList<PostedActivity> For(string conversationId) =>
        [.. Posted.Where(p => p.Activity.Conversation?.Id == conversationId)];

    /// <summary>Waits until <paramref name="count"/> activities were posted to the conversation.</summary>
    public async Task<IReadOnlyList<PostedActivity>> WaitForAsync(string conversationId, int count, double seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (For(conversationId).Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return For(conversationId);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        var activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options)!;
        lock (posted)
        {
            posted.Add(new PostedActivity(request.RequestUri!.AbsoluteUri, request.Headers.Authorization?.ToString(), activity, body));
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"id":"posted-1"}""") };
    }
}
