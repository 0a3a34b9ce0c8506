namespace ChatBot.Knowledge.Facts;

/// <summary>A subject the bot follows, e.g. border delimitation or the peace treaty.</summary>
/// <param name="Id">Stable id, e.g. "border-delimitation".</param>
/// <param name="Name">Display name, e.g. "Border delimitation".</param>
/// <param name="Aliases">Phrases that name the topic in a question ("the border", "delimitation").</param>
/// <param name="Keywords">Words or phrases whose presence in a sentence tags it with the topic.</param>
public sealed record Topic(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Keywords);
