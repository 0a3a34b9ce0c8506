namespace ChatBot.Bot.Redis;

/// <summary>Redis shared by several hosts behind one endpoint (section <c>Redis</c>).</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>
    /// A StackExchange.Redis connection string (e.g. <c>localhost:6379</c> or <c>host:6380,ssl=true,password=...</c>).
    /// Set: conversation state, duplicate detection, rate limits, Direct Line, subscriptions, feedback and reindexing
    /// are shared through it. Empty: everything stays in this process (SQLite for feedback and subscriptions).
    /// </summary>
    /// <value>Default empty.</value>
    public string Configuration { get; set; } = "";

    /// <summary>Prefix of every key and channel, so that several bots can share one Redis.</summary>
    /// <value>Default <c>chatbot:</c>.</value>
    public string KeyPrefix { get; set; } = "chatbot:";

    /// <summary>True when a connection string is set.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
