namespace ChatBot.Bot.Subscriptions;

/// <summary>A conversation's subscription to a topic.</summary>
/// <param name="Reference">Where pushed updates go.</param>
/// <param name="TopicId">Topic id from the topics data file.</param>
/// <param name="SubscribedAt">When it was made.</param>
/// <param name="SubscribedVersion">Index version serving when it was made; facts up to it are not news to it.</param>
/// <param name="LastNotifiedVersion">Index version up to which its news has been delivered.</param>
/// <param name="Failures">Consecutive pushes the channel refused (403 or 404).</param>
public sealed record Subscription(
    ConversationReference Reference,
    string TopicId,
    DateTimeOffset SubscribedAt,
    int SubscribedVersion,
    int LastNotifiedVersion,
    int Failures = 0);
