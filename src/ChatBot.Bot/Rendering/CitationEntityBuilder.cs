using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Bot.Channels;
using ChatBot.Knowledge.Answers;

namespace ChatBot.Bot.Rendering;

/// <summary>
/// Builds the one <c>https://schema.org/Message</c> entity that lists an answer's citations as <c>Claim</c>s, which
/// Teams shows as native citations and the web page and the evaluation read.
/// </summary>
public sealed class CitationEntityBuilder(SourceLinks links)
{
    public const string EntityType = "https://schema.org/Message";

    /// <param name="citations">The citations the reply text marks, in order.</param>
    /// <param name="anchors">Per position, the quoted part to keep in view when an abstract must be trimmed.</param>
    /// <param name="profile">The channel's limits.</param>
    public JsonElement Build(IEnumerable<Citation> citations, IReadOnlyDictionary<int, string> anchors, ChannelProfile profile)
    {
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(anchors);
        ArgumentNullException.ThrowIfNull(profile);
        var claims = new JsonArray();
        foreach (var citation in citations.Take(profile.MaxClaims))
        {
            var passage = profile.MaxAbstractLength is { } max
                ? PassageTrimmer.Trim(citation.Passage, anchors.GetValueOrDefault(citation.Position), max)
                : citation.Passage;
            claims.Add(new JsonObject
            {
                ["@type"] = "Claim",
                ["position"] = citation.Position,
                ["appearance"] = new JsonObject
                {
                    ["@type"] = "DigitalDocument",
                    ["name"] = Shorten(citation.Title.Trim(), profile.MaxNameLength),
                    ["abstract"] = passage,
                    ["url"] = links.For(citation),
                },
            });
        }

        // No additionalType "AIGeneratedContent": the answer quotes its sources, it is not generated.
        var entity = new JsonObject
        {
            ["type"] = EntityType,
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["@id"] = "",
            ["citation"] = claims,
        };
        return JsonSerializer.SerializeToElement(entity);
    }

    private static string Shorten(string text, int max) =>
        text.Length <= max ? text : PassageTrimmer.Trim(text, null, max);
}
