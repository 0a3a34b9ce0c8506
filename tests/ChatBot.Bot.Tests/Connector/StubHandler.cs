using System.Net;

namespace ChatBot.Bot.Tests.Connector;

/// <summary>Answers requests from a script of responses and records what was sent.</summary>
internal sealed class StubHandler(params Func<HttpResponseMessage>[] script) : HttpMessageHandler
{
    private int calls;

    public List<(HttpRequestMessage Request, string Body, DateTimeOffset At)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add((request, body, DateTimeOffset.UtcNow));
        }

        var index = Interlocked.Increment(ref calls) - 1;
        return index < script.Length ? script[index]() : new HttpResponseMessage(HttpStatusCode.OK);
    }
}
