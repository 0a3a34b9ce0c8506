using System.Globalization;
using ChatBot.Knowledge.Answers;

namespace ChatBot.Bot.Dialogs;

/// <summary>One sentence on what the bot knows: how many sources, from when to when.</summary>
internal static class KnowledgeSummary
{
    public static string Describe(IKnowledgeBase knowledge, string subject)
    {
        var sources = knowledge.Sources;
        if (sources.Count == 0) return $"I answer questions about {subject}, but my sources are still loading.";
        var oldest = sources.Min(s => s.Published);
        var newest = sources.Max(s => s.Published);
        var noun = sources.Count == 1 ? "news article" : "news articles";
        var range = oldest == newest ? $"from {Date(newest)}" : $"from {Date(oldest)} to {Date(newest)}";
        return string.Create(CultureInfo.InvariantCulture, $"I answer questions about {subject} from {sources.Count} {noun} ({range}), quoting the passages I answer from.");
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
