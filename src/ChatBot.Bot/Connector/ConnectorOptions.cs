using System.ComponentModel.DataAnnotations;

namespace ChatBot.Bot.Connector;

/// <summary>Retries and timeouts of calls to the Bot Connector service (section <c>Bot:Connector</c>).</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Bot:Connector";

    /// <summary>Name of the HttpClient that posts to <c>serviceUrl</c>.</summary>
    public const string HttpClientName = "ChatBot.Bot.Connector";

    /// <summary>Retries after the first attempt (429, 408, 412, 5xx, network errors).</summary>
    /// <value>Default 4.</value>
    [Range(0, 10)] public int MaxRetries { get; set; } = 4;

    /// <summary>First backoff delay; later ones grow exponentially with jitter unless <c>Retry-After</c> says otherwise.</summary>
    /// <value>Default 1 second.</value>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")] public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Limit of one attempt.</summary>
    /// <value>Default 15 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")] public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Limit of one send including all retries.</summary>
    /// <value>Default 60 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")] public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
