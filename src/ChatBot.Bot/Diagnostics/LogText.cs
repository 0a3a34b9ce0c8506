using System.Text;

namespace ChatBot.Bot.Diagnostics;

/// <summary>
/// Request values made safe for a text log: a sender can put a newline (or an escape sequence) in an id, and a
/// log line must never end early and start a line the sender wrote.
/// </summary>
public static class LogText
{
    /// <summary><paramref name="text"/> without control characters (line breaks and tabs become spaces).</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(char.IsControl)) return text ?? "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsControl(c)) sb.Append(c);
            else if (c is '\n' or '\r' or '\t') sb.Append(' ');
        }

        return sb.ToString();
    }

    /// <summary>The first line of a (possibly multi-line) message, such as an exception's that embeds a stack trace.</summary>
    public static string FirstLine(string? text)
    {
        var line = (text ?? "").AsSpan().Trim();
        var end = line.IndexOfAny('\r', '\n');
        return Clean((end < 0 ? line : line[..end]).TrimEnd().ToString());
    }
}
