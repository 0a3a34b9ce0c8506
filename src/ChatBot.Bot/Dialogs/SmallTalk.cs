using System.Text;
using ChatBot.Bot.Storage;

namespace ChatBot.Bot.Dialogs;

/// <summary>
/// Greetings, thanks and other small talk (from <c>Dialogs/Data/smalltalk.json</c>), answered briefly and without
/// sources. Only a whole message counts ("hi!", "thanks bot"), so "hi, who hosted the talks?" still reaches the engine.
/// </summary>
public sealed class SmallTalk
{
    private readonly Dictionary<string, string> _replies = new(StringComparer.Ordinal);

    public SmallTalk()
    {
        foreach (var topic in EmbeddedData.Load<Data>("smalltalk.json").Topics)
        {
            foreach (var phrase in topic.Phrases) _replies[Normalise(phrase)] = topic.Reply;
        }
    }

    /// <summary>The reply to <paramref name="text"/> when it is small talk; else null.</summary>
    /// <param name="text">The message, mentions removed.</param>
    /// <param name="botName">The bot's name, allowed after the phrase ("thanks ChatBot").</param>
    public string? TryReply(string text, string? botName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = Normalise(text);
        if (_replies.TryGetValue(key, out var reply)) return reply;
        foreach (var name in new[] { botName, "bot" })
        {
            if (name is not { Length: > 0 }) continue;
            var suffix = " " + Normalise(name);
            if (key.EndsWith(suffix, StringComparison.Ordinal) && _replies.TryGetValue(key[..^suffix.Length], out reply)) return reply;
        }

        return null;
    }

    // Lowercase words separated by single spaces; punctuation other than apostrophes dropped.
    private static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (char.IsLetterOrDigit(c) || c == '\'') sb.Append(char.ToLowerInvariant(c));
            else if (char.IsWhiteSpace(c) && sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            else if (c == '’') sb.Append('\'');
        }

        return sb.ToString().TrimEnd();
    }

    private sealed record Data(IReadOnlyList<Topic> Topics);

    private sealed record Topic(string Name, IReadOnlyList<string> Phrases, string Reply);
}
