namespace ChatBot.Bot.Connector;

/// <summary>Connector REST v3 addresses under a <c>serviceUrl</c>, which may carry a path and may lack the final slash.</summary>
internal static class ConnectorUris
{
    public static Uri Activities(string serviceUrl, string conversationId, string? replyToId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var baseUri = new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute);

        // Teams ids hold ':', ';', '@' and channel threads ';messageid=': every id is one escaped segment.
        var path = "v3/conversations/" + Uri.EscapeDataString(conversationId) + "/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }

        return new Uri(baseUri, path);
    }
}
