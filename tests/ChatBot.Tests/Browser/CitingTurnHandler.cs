using System.Globalization;
using System.Text.Json;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Turns;
using ChatBot.Tests.Web;

namespace ChatBot.Tests.Browser;

/// <summary>A bot that answers like the real one: a lead line, a [1] marker, the passage and a citation entity with the link.</summary>
public sealed class CitingTurnHandler : ITurnHandler
{
    public const string Welcome = "Hello! I answer questions about the Armenia–Azerbaijan peace talks.";
    public const string FollowUpAnswer = "They met on Friday, 10 May 2024";

    public Task<TurnResult> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            return Task.FromResult(new TurnResult([activity.CreateReply(Welcome)]));
        }

        // Like the dialog layer: relative links to the source view, and no link definitions in the text.
        var isFollowUp = activity.Text?.Contains("when", StringComparison.OrdinalIgnoreCase) == true;
        var url = isFollowUp
            ? $"/sources/{SampleArticle.File}#p1"
            : string.Create(CultureInfo.InvariantCulture,
                $"/sources/{SampleArticle.File}?start={SampleArticle.CitedStart}&length={SampleArticle.CitedPassage.Length}");
        var lead = isFollowUp ? FollowUpAnswer : "…hosted by **Kazakhstan's foreign minister Murat Nurtleu**, on Friday";
        var passage = isFollowUp ? SampleArticle.Paragraphs[0] : SampleArticle.Paragraphs[1];
        var reply = activity.CreateReply($"{lead} [1]\n\n[1] \"{passage}\"\n    {SampleArticle.Title}, 13 May 2024");
        reply.Entities = [Citation(url, passage)];
        return Task.FromResult(new TurnResult([reply]));
    }

    private static JsonElement Citation(string url, string passage) => JsonSerializer.SerializeToElement(new Dictionary<string, object>
    {
        ["type"] = "https://schema.org/Message",
        ["@type"] = "Message",
        ["@context"] = "https://schema.org",
        ["@id"] = "",
        ["citation"] = new[]
        {
            new Dictionary<string, object>
            {
                ["@type"] = "Claim",
                ["position"] = 1,
                ["appearance"] = new Dictionary<string, object>
                {
                    ["@type"] = "DigitalDocument",
                    ["name"] = SampleArticle.Title,
                    ["abstract"] = passage,
                    ["url"] = url,
                },
            },
        },
    });
}
