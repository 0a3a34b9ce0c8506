using System.Text.Json;
using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Rendering;
using ChatBot.Bot.Tests.Dialogs;
using ChatBot.Knowledge.Answers;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests.Rendering;

public sealed class AnswerRendererTests
{
    private static readonly string LongPassage = string.Join(' ', Enumerable.Range(1, 60).Select(i => $"word{i}"))
        + " the border commission met in Gabala to agree on the next section " + string.Join(' ', Enumerable.Range(61, 60).Select(i => $"word{i}"));

    private static AnswerRenderer CreateSut(string baseUrl = "") =>
        new(new CitationEntityBuilder(new SourceLinks(Options.Create(new SourceLinkOptions { PublicBaseUrl = baseUrl }))));

    private static Activity Inbound(string channel, string conversationType = "personal") => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ChannelId = channel,
        From = new ChannelAccount { Id = "u" },
        Recipient = new ChannelAccount { Id = "b" },
        Conversation = new ConversationAccount { Id = "c", ConversationType = conversationType },
    };

    private static List<JsonElement> Claims(Activity reply) =>
        [.. Assert.Single(reply.Entities!).GetProperty("citation").EnumerateArray()];

    private static Answer LongAnswer(int citations) => new(
        AnswerKind.Answered,
        [new AnswerLine(null, "the border commission met in Gabala", null, [.. Enumerable.Range(1, citations)])],
        [.. Enumerable.Range(1, citations).Select(n => SampleAnswers.Citation(n, LongPassage) with { Title = new string('T', 120) })],
        null,
        [],
        null);

    [Theory]
    [InlineData(ChannelIds.Emulator)]
    [InlineData(ChannelIds.DirectLine)]
    [InlineData(ChannelIds.WebChat)]
    [InlineData("someday-channel")]
    public void Render_Answer_EntityHasFullVerbatimPassagesMatchingMarkers(string channel)
    {
        var answer = SampleAnswers.Almaty();

        var reply = CreateSut().Render(Inbound(channel), answer).Activity;

        var claims = Claims(reply);
        Assert.Equal([1, 2, 3], claims.Select(c => c.GetProperty("position").GetInt32()));
        foreach (var claim in claims)
        {
            var n = claim.GetProperty("position").GetInt32();
            Assert.Contains($"[{n}]", reply.Text, StringComparison.Ordinal);
            var appearance = claim.GetProperty("appearance");
            Assert.Equal(answer.Citations[n - 1].Passage, appearance.GetProperty("abstract").GetString());
            Assert.Equal("DigitalDocument", appearance.GetProperty("@type").GetString());
            Assert.Equal($"Source title {n}", appearance.GetProperty("name").GetString());
        }

        var entity = Assert.Single(reply.Entities!);
        Assert.Equal("Message", entity.GetProperty("@type").GetString());
        Assert.Equal("https://schema.org", entity.GetProperty("@context").GetString());
        Assert.Equal("", entity.GetProperty("@id").GetString());
        Assert.False(entity.TryGetProperty("additionalType", out _));
    }

    [Fact]
    public void Render_Answer_ListsSourcesWithTitlePublisherAndDate()
    {
        var reply = CreateSut().Render(Inbound(ChannelIds.Emulator), SampleAnswers.Almaty()).Activity;

        Assert.Contains("[2] \"Passage number 2 says something about the talks in Almaty, word for word, as the source wrote it.\"\n    Source title 2, 2 May 2024", reply.Text, StringComparison.Ordinal);
        Assert.Contains("\n    Source title 3, Reuters, 3 May 2024", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Also: The talks lasted two days. [2]", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoSourceUrl_LinksToBotSourceView()
    {
        var answer = SampleAnswers.Almaty() with { Citations = [SampleAnswers.Citation(1), SampleAnswers.Citation(2, url: "https://news.example/a"), SampleAnswers.Citation(3)] };

        var claims = Claims(CreateSut("https://bot.example/").Render(Inbound(ChannelIds.WebChat), answer).Activity);

        Assert.Equal("https://bot.example/sources/001_source.txt#p1", claims[0].GetProperty("appearance").GetProperty("url").GetString());
        Assert.Equal("https://news.example/a", claims[1].GetProperty("appearance").GetProperty("url").GetString());
        Assert.Equal("/sources/003_source.txt#p3", Claims(CreateSut().Render(Inbound(ChannelIds.WebChat), answer).Activity)[2].GetProperty("appearance").GetProperty("url").GetString());
    }

    [Fact]
    public void Render_Teams_AbstractsShortVerbatimAndAroundTheQuote()
    {
        var reply = CreateSut().Render(Inbound(ChannelIds.MsTeams), LongAnswer(3)).Activity;

        foreach (var claim in Claims(reply))
        {
            var appearance = claim.GetProperty("appearance");
            var summary = appearance.GetProperty("abstract").GetString()!;
            Assert.True(summary.Length <= 160, $"abstract has {summary.Length} characters");
            Assert.Contains("the border commission met in Gabala", summary, StringComparison.Ordinal);
            Assert.StartsWith("…", summary, StringComparison.Ordinal);
            Assert.EndsWith("…", summary, StringComparison.Ordinal);
            Assert.Contains(summary.Trim('…'), LongPassage, StringComparison.Ordinal);
            Assert.True(appearance.GetProperty("name").GetString()!.Length <= 80);
        }
    }

    [Fact]
    public void Render_TeamsManyCitations_AtMostTwentyClaimsAndSmallMessage()
    {
        var reply = CreateSut().Render(Inbound(ChannelIds.MsTeams), LongAnswer(25)).Activity;

        Assert.Equal(20, Claims(reply).Count);
        Assert.True(JsonSerializer.SerializeToUtf8Bytes(reply, BotJson.Options).Length <= 80_000);
    }

    [Fact]
    public void Render_SlackLongAnswer_StaysUnderFourThousandCharactersWithLeadFirst()
    {
        var rendered = CreateSut().Render(Inbound(ChannelIds.Slack), LongAnswer(15));

        Assert.True(rendered.Activity.Text!.Length <= 4_000, $"text has {rendered.Activity.Text.Length} characters");
        Assert.StartsWith("the border commission met in Gabala [1] [2]", rendered.Activity.Text, StringComparison.Ordinal);
        Assert.Null(rendered.Activity.Entities);
        Assert.Equal("plain", rendered.Activity.TextFormat);
    }

    [Fact]
    public void Render_Declined_NoticeFirstNoEntity()
    {
        var reply = CreateSut().Render(Inbound(ChannelIds.MsTeams), SampleAnswers.Declined()).Activity;

        Assert.Equal("I couldn't find that in the sources.", reply.Text!.Split('\n')[0]);
        Assert.Null(reply.Entities);
        Assert.Null(reply.ChannelData);
        Assert.Equal(2, reply.SuggestedActions!.Value.GetProperty("actions").GetArrayLength());
    }

    [Fact]
    public void Render_InvalidWithoutNotice_SaysItCouldNotFindIt()
    {
        var reply = CreateSut().Render(Inbound(ChannelIds.Slack), new Answer(AnswerKind.Invalid, [], [], null, [], null)).Activity;

        Assert.Equal(AnswerRenderer.DefaultDeclineNotice, reply.Text);
        Assert.Null(reply.SuggestedActions);
    }

    [Fact]
    public void Render_AnswerWithNotice_LeadStaysFirst()
    {
        var answer = SampleAnswers.Almaty() with { Kind = AnswerKind.LatestStatus, Notice = "The newest source is from 6 May 2024." };

        var reply = CreateSut().Render(Inbound(ChannelIds.Emulator), answer).Activity;

        Assert.StartsWith("…kicked off", reply.Text, StringComparison.Ordinal);
        Assert.Contains("The newest source is from 6 May 2024.", reply.Text, StringComparison.Ordinal);
    }
}
