using ChatBot.Bot.Feedback;
using ChatBot.Bot.Protocol;
using ChatBot.Knowledge.Answers;
using NSubstitute;

namespace ChatBot.Bot.Tests.Dialogs;

public sealed class ChannelTests
{
    [Fact]
    public async Task Say_TeamsChannelMention_StrippedBeforeEngine()
    {
        using var bot = new BotScript(ChannelIds.MsTeams, "channel", isGroup: true);
        var mention = BotScript.Json("""{"type":"mention","mentioned":{"id":"28:bot-app-id","name":"ChatBot"},"text":"<at>ChatBot</at>"}""");

        await bot.SayAsync("<at>ChatBot</at> Who hosted the talks in Almaty?", mention);

        bot.Knowledge.Received(1).Ask(Arg.Is<Question>(q => q.Text == "Who hosted the talks in Almaty?"));
    }

    [Fact]
    public async Task Say_TeamsMentionWithoutEntityText_StripsAtName()
    {
        using var bot = new BotScript(ChannelIds.MsTeams, "groupChat", isGroup: true);
        var mention = BotScript.Json("""{"type":"mention","mentioned":{"id":"28:bot-app-id","name":"ChatBot"}}""");

        await bot.SayAsync("Who hosted the talks? <at>ChatBot</at>", mention);

        bot.Knowledge.Received(1).Ask(Arg.Is<Question>(q => q.Text == "Who hosted the talks?"));
    }

    [Fact]
    public async Task Say_TeamsMentionOfSomeoneElse_KeepsIt()
    {
        using var bot = new BotScript(ChannelIds.MsTeams, "personal");
        var mention = BotScript.Json("""{"type":"mention","mentioned":{"id":"29:other","name":"Ani"},"text":"<at>Ani</at>"}""");

        await bot.SayAsync("What did <at>Ani</at> ask?", mention);

        bot.Knowledge.Received(1).Ask(Arg.Is<Question>(q => q.Text == "What did <at>Ani</at> ask?"));
    }

    [Fact]
    public async Task Say_SlackChannelWithoutMention_StaysSilent()
    {
        using var bot = new BotScript(ChannelIds.Slack, "channel", isGroup: true);

        var result = await bot.SendAsync(bot.Message("who hosted the talks?"));

        Assert.Empty(result.Replies);
        bot.Knowledge.DidNotReceive().Ask(Arg.Any<Question>());
    }

    [Fact]
    public async Task Say_SlackChannelWithBotUserMention_AnswersWithoutTheMention()
    {
        using var bot = new BotScript(ChannelIds.Slack, "channel", isGroup: true);
        bot.Bot = new ChannelAccount { Id = "B0BOT:T0TEAM", Name = "chatbot" };
        var message = bot.Message("<@U0BOTUSER> who hosted the talks?");
        message.ChannelData = BotScript.Json("""{"SlackMessage":{"team_id":"T0TEAM","authorizations":[{"user_id":"U0BOTUSER","is_bot":true}],"event":{"type":"message","channel_type":"channel"}}}""");

        var result = await bot.SendAsync(message);

        Assert.Single(result.Replies);
        bot.Knowledge.Received(1).Ask(Arg.Is<Question>(q => q.Text == "who hosted the talks?"));
    }

    [Fact]
    public async Task Say_SlackChannelWithMentionEntityForBotName_Answers()
    {
        using var bot = new BotScript(ChannelIds.Slack, "channel", isGroup: true);
        var mention = BotScript.Json("""{"type":"mention","mentioned":{"id":"U0BOTUSER","name":"ChatBot"},"text":"@ChatBot"}""");

        await bot.SayAsync("@ChatBot who hosted the talks?", mention);

        bot.Knowledge.Received(1).Ask(Arg.Is<Question>(q => q.Text == "who hosted the talks?"));
    }

    [Fact]
    public async Task Say_SlackDirectMessage_AnswersWithoutMention()
    {
        using var bot = new BotScript(ChannelIds.Slack, conversationType: "personal");

        await bot.SayAsync("who hosted the talks?");

        bot.Knowledge.Received(1).Ask(Arg.Is<Question>(q => q.Text == "who hosted the talks?"));
    }

    [Fact]
    public async Task Say_SlackMessageFromAnotherBot_StaysSilent()
    {
        using var bot = new BotScript(ChannelIds.Slack);
        var message = bot.Message("who hosted the talks?");
        message.ChannelData = BotScript.Json("""{"SlackMessage":{"event":{"type":"message","bot_id":"B0OTHER","channel_type":"im"}}}""");

        var result = await bot.SendAsync(message);

        Assert.Empty(result.Replies);
    }

    [Fact]
    public async Task Say_SlackAnswer_UsesMrkdwnBoldAndNoEntity()
    {
        using var bot = new BotScript(ChannelIds.Slack);
        bot.Knowledge.Ask(Arg.Any<Question>()).Returns(SampleAnswers.Almaty());

        var reply = await bot.SayAsync("who hosted the talks?");

        Assert.Contains($"*{SampleAnswers.Host}*", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Entities);
        Assert.True(reply.Text!.Length <= 4_000);
    }

    [Fact]
    public async Task ConversationUpdate_BotAndUserAdded_WelcomesOnce()
    {
        using var bot = new BotScript(ChannelIds.DirectLine);
        var botAdded = bot.NewActivity(ActivityTypes.ConversationUpdate);
        botAdded.MembersAdded = [bot.Bot];
        var userAdded = bot.NewActivity(ActivityTypes.ConversationUpdate);
        userAdded.MembersAdded = [bot.User];

        var first = await bot.SendAsync(botAdded);
        var second = await bot.SendAsync(userAdded);

        var welcome = Assert.Single(first.Replies);
        Assert.StartsWith("Hi, I'm ChatBot.", welcome.Text, StringComparison.Ordinal);
        var actions = welcome.SuggestedActions!.Value.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(3, actions.Count);
        Assert.All(actions, a => Assert.Equal("imBack", a.GetProperty("type").GetString()));
        Assert.Equal("Who hosted the talks in Almaty?", actions[0].GetProperty("value").GetString());
        Assert.Empty(second.Replies);
    }

    [Fact]
    public async Task InstallationUpdate_Add_WelcomesInTeamsChannelWithoutButtons()
    {
        using var bot = new BotScript(ChannelIds.MsTeams, "channel", isGroup: true);
        var install = bot.NewActivity(ActivityTypes.InstallationUpdate);
        install.Action = "add";

        var result = await bot.SendAsync(install);

        var welcome = Assert.Single(result.Replies);
        Assert.Contains("- Who hosted the talks in Almaty?", welcome.Text, StringComparison.Ordinal);
        Assert.Null(welcome.SuggestedActions);
    }

    [Fact]
    public async Task FeedbackInvoke_ThumbsDownWithText_RecordedAndAnswered200()
    {
        using var bot = new BotScript(ChannelIds.MsTeams);
        bot.Knowledge.Ask(Arg.Any<Question>()).Returns(SampleAnswers.Almaty());
        await bot.SayAsync("Who hosted the talks in Almaty?");
        var invoke = bot.NewActivity(ActivityTypes.Invoke);
        invoke.Name = "message/submitAction";
        invoke.ReplyToId = "bot-reply-1";
        invoke.Value = BotScript.Json("""{"actionName":"feedback","actionValue":{"reaction":"dislike","feedback":"{\"feedbackText\":\"wrong minister\"}"}}""");

        var result = await bot.SendAsync(invoke);

        Assert.Empty(result.Replies);
        Assert.Equal(200, result.InvokeResponse!.Status);
        Assert.Equal("{}", System.Text.Json.JsonSerializer.Serialize(result.InvokeResponse.Body, BotJson.Options));
        await bot.FeedbackStore.Received(1).RecordAsync(
            Arg.Is<FeedbackEntry>(e => e.Reaction == FeedbackReaction.Dislike && e.Comment == "wrong minister" && e.Question == "Who hosted the talks in Almaty?"),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Invoke_Unknown_ReturnsNoInvokeResponse()
    {
        using var bot = new BotScript(ChannelIds.MsTeams);
        var invoke = bot.NewActivity(ActivityTypes.Invoke);
        invoke.Name = "composeExtension/query";

        var result = await bot.SendAsync(invoke);

        Assert.Null(result.InvokeResponse);
        Assert.Empty(result.Replies);
    }

    [Fact]
    public async Task MessageReaction_Like_RecordedWithoutReply()
    {
        using var bot = new BotScript(ChannelIds.MsTeams);
        bot.Knowledge.Ask(Arg.Any<Question>()).Returns(SampleAnswers.Almaty());
        await bot.SayAsync("Who hosted the talks in Almaty?");
        var reaction = bot.NewActivity(ActivityTypes.MessageReaction);
        reaction.ReplyToId = "bot-reply-1";
        reaction.ReactionsAdded = [BotScript.Json("""{"type":"like"}"""), BotScript.Json("""{"type":"surprised"}""")];

        var result = await bot.SendAsync(reaction);

        Assert.Empty(result.Replies);
        await bot.FeedbackStore.Received(1).RecordAsync(
            Arg.Is<FeedbackEntry>(e => e.Reaction == FeedbackReaction.Like && e.Question == "Who hosted the talks in Almaty?"),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Say_TeamsAnswer_AsksForFeedbackButtons()
    {
        using var bot = new BotScript(ChannelIds.MsTeams);
        bot.Knowledge.Ask(Arg.Any<Question>()).Returns(SampleAnswers.Almaty());

        var reply = await bot.SayAsync("Who hosted the talks in Almaty?");

        Assert.Equal("default", reply.ChannelData!.Value.GetProperty("feedbackLoop").GetProperty("type").GetString());
        Assert.Equal("markdown", reply.TextFormat);
    }
}
