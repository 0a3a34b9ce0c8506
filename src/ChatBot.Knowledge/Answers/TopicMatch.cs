namespace ChatBot.Knowledge.Answers;

/// <summary>A topic from the topics data file, as named by a user.</summary>
/// <param name="Id">Stable id, e.g. <c>border-delimitation</c>; what subscriptions store.</param>
/// <param name="Name">Display name, e.g. "Border delimitation".</param>
public sealed record TopicMatch(string Id, string Name);
