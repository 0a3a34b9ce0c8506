using System.ComponentModel.DataAnnotations;

namespace ChatBot.Bot.State;

/// <summary>How much conversation state is kept, read from the <c>Bot</c> section of appsettings.json.</summary>
public sealed class ConversationStateOptions
{
    public const string SectionName = "Bot";

    /// <summary>Most conversations whose state is kept; the least recently used ones are dropped first.</summary>
    /// <value>Default 10,000.</value>
    [Range(1, 10_000_000)] public int ConversationCapacity { get; set; } = 10_000;

    /// <summary>How long a conversation's state lives without a new turn.</summary>
    /// <value>Default one hour.</value>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(1);
}
