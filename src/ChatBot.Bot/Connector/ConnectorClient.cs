using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Connector;

/// <summary>The Connector REST v3 send and reply calls over the resilient <see cref="HttpClient"/>.</summary>
internal sealed class ConnectorClient(HttpClient http, IBotTokenProvider tokens) : IConnectorClient
{
    public Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return PostAsync(ConnectorUris.Activities(ServiceUrl(activity), ConversationId(activity)), activity, cancellationToken);
    }

    public Task<string?> ReplyAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(activity.ReplyToId);
        return PostAsync(ConnectorUris.Activities(ServiceUrl(activity), ConversationId(activity), activity.ReplyToId), activity, cancellationToken);
    }

    private async Task<string?> PostAsync(Uri uri, Activity activity, CancellationToken cancellationToken)
    {
        // Serialised once, so that every retry re-sends the same bytes.
        var json = JsonSerializer.Serialize(activity, BotJson.Options);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        var token = await tokens.GetTokenAsync(cancellationToken);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"The connector answered {(int)response.StatusCode}: {Truncate(error)}", null, response.StatusCode);
        }

        if (response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        try
        {
            var resource = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            return resource.ValueKind == JsonValueKind.Object && resource.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            // Some channels answer 200/201 with an empty or non-JSON body; the post still succeeded.
            return null;
        }
    }

    private static string ServiceUrl(Activity activity) =>
        activity.ServiceUrl ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(activity));

    private static string ConversationId(Activity activity) =>
        activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation.id.", nameof(activity));

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300];
}
