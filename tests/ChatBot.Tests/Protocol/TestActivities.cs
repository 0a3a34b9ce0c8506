using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Bot.Protocol;

namespace ChatBot.Tests.Protocol;

/// <summary>Inbound activities as channels send them, each in a conversation and from a user of its own.</summary>
internal static class TestActivities
{
    public const string LocalServiceUrl = "http://localhost:3979/";

    public static Activity Message(string text, string? serviceUrl = LocalServiceUrl, string channel = ChannelIds.Emulator, string? id = null)
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = id ?? "act-" + unique,
            ChannelId = channel,
            ServiceUrl = serviceUrl,
            From = new ChannelAccount { Id = "29:user-" + unique, Name = "User" },
            Recipient = new ChannelAccount { Id = "28:bot", Name = "Bot" },
            Conversation = new ConversationAccount { Id = "a:conv;" + unique },
            Locale = "en-US",
            Text = text,
            ChannelData = JsonDocument.Parse("""{"clientActivityID":"client-1"}""").RootElement,
        };
    }

    public static Activity ExpectingReplies(this Activity activity)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        return activity;
    }

    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, Activity activity, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(activity, options: BotJson.Options),
        };
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        }

        return await client.SendAsync(request);
    }

    public static async Task<List<Activity>> ReadRepliesAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options);
        return body!.Activities;
    }
}
