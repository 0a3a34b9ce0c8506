namespace ChatBot.Web;

/// <summary>What the chat page header shows: the bot's name, what it knows and questions to try.</summary>
/// <param name="Name">The bot's display name.</param>
/// <param name="SourceCount">How many articles are indexed.</param>
/// <param name="Oldest">Publication date of the oldest article, or null when none is indexed.</param>
/// <param name="Newest">Publication date of the newest article, or null when none is indexed.</param>
/// <param name="ExampleQuestions">Questions offered as clickable suggestions.</param>
/// <param name="Topics">Topics the bot knows.</param>
internal sealed record BotInfo(
    string Name,
    int SourceCount,
    DateOnly? Oldest,
    DateOnly? Newest,
    IReadOnlyList<string> ExampleQuestions,
    IReadOnlyList<string> Topics);
