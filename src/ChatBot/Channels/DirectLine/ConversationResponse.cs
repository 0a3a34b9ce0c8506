using System.Text.Json.Serialization;

namespace ChatBot.Channels.DirectLine;

/// <summary>Direct Line's answer to starting, reconnecting, generating or refreshing a conversation's token.</summary>
internal sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null);
