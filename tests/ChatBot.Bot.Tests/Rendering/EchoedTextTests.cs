using ChatBot.Bot.Feedback;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Tests.Dialogs;
using ChatBot.Bot.Tests.Subscriptions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NSubstitute;

namespace ChatBot.Bot.Tests.Rendering;

/// <summary>
/// Every command that repeats what a user wrote, in every channel's rendering: the user's text is shown, but never
/// as a live link, image or HTML.
/// </summary>
public class EchoedTextTests
{
    private const string Hostile = "[click here](https://evil.example/login) <img src=x> `break` <https://evil.example>";

    public static TheoryData<string> AllChannels => [ChannelIds.MsTeams, ChannelIds.Slack, ChannelIds.WebChat, ChannelIds.DirectLine, ChannelIds.Emulator];

    [Theory]
    [MemberData(nameof(AllChannels))]
    public async Task Subscribe_UnknownTopic_ShowsTheTopicInert(string channel)
    {
        using var bot = new SubscriptionsScript { ChannelId = channel };

        var reply = await bot.SayAsync("subscribe " + Hostile);

        AssertInert(reply, channel);
    }

    [Theory]
    [MemberData(nameof(AllChannels))]
    public async Task Unsubscribe_UnknownTopic_ShowsTheTopicInert(string channel)
    {
        using var bot = new SubscriptionsScript { ChannelId = channel };

        var reply = await bot.SayAsync("unsubscribe " + Hostile);

        AssertInert(reply, channel);
    }

    [Theory]
    [MemberData(nameof(AllChannels))]
    public async Task FeedbackReport_CommentsAndQuestions_ShownInert(string channel)
    {
        using var bot = new BotScript(channel, adminIds: [channel == ChannelIds.MsTeams ? "29:user" : "user-1"]);
        var comment = new FeedbackEntry(DateTimeOffset.UtcNow, channel, "c", "u", FeedbackReaction.Text, "feedback: " + Hostile, Hostile, null, null);
        var unanswered = new FeedbackEntry(DateTimeOffset.UtcNow, "<https://evil.example|chan>", "c", "u", FeedbackReaction.Unanswered, null, Hostile, null, null);
        bot.FeedbackStore.RecentAsync(Arg.Any<IReadOnlyCollection<FeedbackReaction>>(), Arg.Any<int>(), Arg.Any<CancellationToken>())
            .Returns(c => c.Arg<IReadOnlyCollection<FeedbackReaction>>().Contains(FeedbackReaction.Unanswered) ? [unanswered] : [comment]);

        var reply = await bot.SayAsync("feedback");

        AssertInert(reply, channel);
    }

    [Theory]
    [MemberData(nameof(AllChannels))]
    public async Task WhoAmI_HostileIds_ShownInert(string channel)
    {
        using var bot = new BotScript(channel);
        bot.User.Id = Hostile;
        bot.User.AadObjectId = "<img src=y>";

        var reply = await bot.SayAsync("whoami");

        AssertInert(reply, channel);
    }

    private static void AssertInert(Activity reply, string channel)
    {
        var text = reply.Text ?? "";
        if (channel == ChannelIds.Slack)
        {
            // Slack reads <url|text>, <@mention> and <!here> wherever a '<' appears; its escape is &lt;.
            Assert.DoesNotContain('<', text);
            Assert.Contains("`[click here](https://evil.example/login) &lt;img src=x&gt;", text, StringComparison.Ordinal);
            return;
        }

        // Teams, Web Chat and the Emulator render CommonMark with bare URLs linked.
        var document = Markdown.Parse(text, new MarkdownPipelineBuilder().UseAutoLinks().Build());
        var live = document.Descendants().Where(node => node is LinkInline or AutolinkInline or HtmlInline or HtmlBlock).ToList();
        Assert.True(live.Count == 0, $"Live markup in: {text}");
        Assert.Contains(document.Descendants<CodeInline>(), code => code.Content.Contains("[click here](https://evil.example/login) <img src=x>", StringComparison.Ordinal));
    }
}
