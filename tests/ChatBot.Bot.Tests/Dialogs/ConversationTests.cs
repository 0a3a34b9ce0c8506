using System.Text.Json;
using ChatBot.Bot.Feedback;
using ChatBot.Bot.Protocol;
using ChatBot.Knowledge.Answers;
using NSubstitute;

namespace ChatBot.Bot.Tests.Dialogs;

public sealed class ConversationTests
{
    [Theory]
    [InlineData("hi")]
    [InlineData("Hello!")]
    [InlineData("good morning")]
    public async Task Say_Greeting_RepliesBrieflyWithoutCitations(string greeting)
    {
        using var bot = new BotScript();

        var reply = await bot.SayAsync(greeting);

        Assert.StartsWith("Hello", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Entities);
        bot.Knowledge.DidNotReceive().Ask(Arg.Any<Question>());
    }

    [Theory]
    [InlineData("thanks!", "You're welcome")]
    [InlineData("how are you?", "I'm fine")]
    public async Task Say_SmallTalk_RepliesWithoutAskingTheEngine(string text, string expected)
    {
        using var bot = new BotScript();

        var reply = await bot.SayAsync(text);

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        bot.Knowledge.DidNotReceive().Ask(Arg.Any<Question>());
    }

    [Fact]
    public async Task Say_Question_RepliesWithLeadFirstAndCitationEntity()
    {
        using var bot = new BotScript();
        bot.Knowledge.Ask(Arg.Any<Question>()).Returns(SampleAnswers.Almaty());

        var reply = await bot.SayAsync("Who hosted the talks in Almaty?");

        Assert.Equal($"…kicked off the latest round of talks, hosted by **{SampleAnswers.Host}**, on Friday… [1]", BotScript.FirstLine(reply));
        Assert.Contains("[1] \"Armenian Foreign Minister", reply.Text, StringComparison.Ordinal);
        var entity = Assert.Single(reply.Entities!);
        Assert.Equal("https://schema.org/Message", entity.GetProperty("type").GetString());
        Assert.Equal([1, 2, 3], entity.GetProperty("citation").EnumerateArray().Select(c => c.GetProperty("position").GetInt32()));
        Assert.Equal("act-1", reply.ReplyToId);
        Assert.Equal("user-1", reply.Recipient!.Id);
    }

    [Fact]
    public async Task Say_FollowUp_PassesPreviousFocusToEngine()
    {
        using var bot = new BotScript();
        bot.Knowledge.Ask(Arg.Is<Question>(q => q.Focus == null)).Returns(SampleAnswers.Almaty());

        await bot.SayAsync("Who hosted the talks in Almaty?");
        await bot.SayAsync("When did they end?");

        bot.Knowledge.Received(1).Ask(Arg.Is<Question>(q => q.Text == "When did they end?" && q.Focus == SampleAnswers.AlmatyFocus));
    }

    [Fact]
    public async Task Say_DeclinedFollowUp_KeepsEarlierFocus()
    {
        using var bot = new BotScript();
        bot.Knowledge.Ask(Arg.Is<Question>(q => q.Text.Contains("Almaty", StringComparison.Ordinal))).Returns(SampleAnswers.Almaty());

        await bot.SayAsync("Who hosted the talks in Almaty?");
        await bot.SayAsync("What about the weather?");
        await bot.SayAsync("And the date?");

        bot.Knowledge.Received(1).Ask(Arg.Is<Question>(q => q.Text == "And the date?" && q.Focus == SampleAnswers.AlmatyFocus));
    }

    [Fact]
    public async Task Say_More_ShowsCitationsBeyondThoseShown()
    {
        using var bot = new BotScript();
        bot.Knowledge.Ask(Arg.Any<Question>()).Returns(SampleAnswers.Almaty());

        var answer = await bot.SayAsync("Who hosted the talks in Almaty?");
        var more = await bot.SayAsync("more");
        var none = await bot.SayAsync("more");

        Assert.DoesNotContain("[4]", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Type \"more\" for 3 further passages.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("[4] \"Passage number 4", more.Text, StringComparison.Ordinal);
        Assert.Contains("[6] \"Passage number 6", more.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[1]", more.Text, StringComparison.Ordinal);
        Assert.Equal([4, 5, 6], Assert.Single(more.Entities!).GetProperty("citation").EnumerateArray().Select(c => c.GetProperty("position").GetInt32()));
        Assert.Contains("no further passages", none.Text, StringComparison.Ordinal);
        bot.Knowledge.Received(1).Ask(Arg.Any<Question>());
    }

    [Fact]
    public async Task Say_MoreBeforeAnyAnswer_SaysThereIsNothingMore()
    {
        using var bot = new BotScript();

        var reply = await bot.SayAsync("more");

        Assert.Contains("no further passages", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Say_VeryLongText_AsksForShorterQuestionWithoutEngine()
    {
        using var bot = new BotScript();

        var reply = await bot.SayAsync(new string('a', 2_001));

        Assert.Contains("Please ask a shorter question", reply.Text, StringComparison.Ordinal);
        bot.Knowledge.DidNotReceive().Ask(Arg.Any<Question>());
    }

    [Fact]
    public async Task Say_UnanswerableQuestion_DeclinesWithSuggestionsAndRecordsIt()
    {
        using var bot = new BotScript();

        var reply = await bot.SayAsync("What is the capital of France?");

        Assert.Equal("I couldn't find that in the sources.", BotScript.FirstLine(reply));
        Assert.Contains("- Who hosted the talks in Almaty?", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Entities);
        Assert.Equal(2, reply.SuggestedActions!.Value.GetProperty("actions").GetArrayLength());
        await bot.FeedbackStore.DidNotReceiveWithAnyArgs().RecordManyAsync(default!, default);
        await bot.FlushFeedbackAsync();
        await bot.FeedbackStore.Received(1).RecordManyAsync(
            Arg.Is<IReadOnlyList<FeedbackEntry>>(b => b.Count == 1 && b[0].Reaction == FeedbackReaction.Unanswered && b[0].Question == "What is the capital of France?"),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Say_QuestionOnlyAPassageComesCloseTo_SaysSoFirstCitesItAndRecordsTheQuestionAsUnanswered()
    {
        using var bot = new BotScript();
        bot.Knowledge.Ask(Arg.Any<Question>()).Returns(SampleAnswers.Closest());

        var reply = await bot.SayAsync("How long is the whole border?");

        Assert.Equal($"{SampleAnswers.ClosestFraming} The talks lasted two days. [1]", BotScript.FirstLine(reply));
        var citation = Assert.Single(Assert.Single(reply.Entities!).GetProperty("citation").EnumerateArray());
        Assert.Equal("The talks lasted two days, and both sides called them constructive.", citation.GetProperty("appearance").GetProperty("abstract").GetString());
        await bot.FlushFeedbackAsync();
        await bot.FeedbackStore.Received(1).RecordManyAsync(
            Arg.Is<IReadOnlyList<FeedbackEntry>>(b => b.Count == 1 && b[0].Reaction == FeedbackReaction.Unanswered && b[0].Question == "How long is the whole border?"),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Say_WhenFeedbackStoreFails_StillAnswers()
    {
        using var bot = new BotScript();
        bot.FeedbackStore.RecordManyAsync(Arg.Any<IReadOnlyList<FeedbackEntry>>(), Arg.Any<CancellationToken>()).Returns(Task.FromException(new IOException("disk full")));

        var reply = await bot.SayAsync("What is the capital of France?");
        await bot.FlushFeedbackAsync();

        Assert.Equal("I couldn't find that in the sources.", BotScript.FirstLine(reply));
    }

    [Fact]
    public async Task Say_Help_ShowsSourcesDateRangeTopicsAndExamples()
    {
        using var bot = new BotScript();

        var reply = await bot.SayAsync("help");

        Assert.Contains("3 news articles (from 1 March 2023 to 20 December 2024)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Topics: Border delimitation, Peace treaty.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("- Who hosted the talks in Almaty?", reply.Text, StringComparison.Ordinal);
        bot.Knowledge.DidNotReceive().Ask(Arg.Any<Question>());
    }

    [Fact]
    public async Task Say_HelpAsNonAdmin_ListsEveryoneCommandsButNotAdminOnes()
    {
        using var bot = new BotScript(adminIds: "someone-else");

        var reply = await bot.SayAsync("help");

        Assert.Contains("`more`: ", reply.Text, StringComparison.Ordinal);
        Assert.Contains("`sources`: ", reply.Text, StringComparison.Ordinal);
        Assert.Contains("`whoami`: ", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("`reindex`", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("`status`", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Say_HelpAsAdmin_ListsTheAdminCommandsToo()
    {
        using var bot = new BotScript(adminIds: "user-1");

        var reply = await bot.SayAsync("help");

        Assert.Contains("`reindex`: ", reply.Text, StringComparison.Ordinal);
        Assert.Contains("`status`: ", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Say_HelpWithMoreWords_IsAQuestionForTheEngine()
    {
        using var bot = new BotScript();

        await bot.SayAsync("help me understand the treaty");

        bot.Knowledge.Received(1).Ask(Arg.Is<Question>(q => q.Text == "help me understand the treaty"));
    }

    [Fact]
    public async Task Say_Sources_ListsEachSourceWithPublisherAndDate()
    {
        using var bot = new BotScript();

        var reply = await bot.SayAsync("sources");

        Assert.Contains("- Armenia and Azerbaijan agree on border section, EVN Report, 20 December 2024", reply.Text, StringComparison.Ordinal);
        Assert.Contains("- Foreign ministers end two-day talks in Almaty, Reuters, 13 May 2024", reply.Text, StringComparison.Ordinal);
        Assert.Contains("- Peace treaty text agreed, 1 March 2023", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Say_About_DescribesTheBot()
    {
        using var bot = new BotScript();

        var reply = await bot.SayAsync("about");

        Assert.StartsWith("ChatBot: I answer questions about the Armenia–Azerbaijan peace talks", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Say_FeedbackCommand_ListsNegativeFeedbackAndUnansweredQuestions()
    {
        using var bot = new BotScript(adminIds: "user-1");
        var when = new DateTimeOffset(2025, 1, 2, 3, 4, 0, TimeSpan.Zero);
        bot.FeedbackStore.RecentAsync(Arg.Is<IReadOnlyCollection<FeedbackReaction>>(r => r.Contains(FeedbackReaction.Dislike)), Arg.Any<int>(), Arg.Any<CancellationToken>())
            .Returns([new FeedbackEntry(when, "msteams", "c", "u", FeedbackReaction.Text, "wrong source", "Who hosted?", "…", null)]);
        bot.FeedbackStore.RecentAsync(Arg.Is<IReadOnlyCollection<FeedbackReaction>>(r => r.Contains(FeedbackReaction.Unanswered)), Arg.Any<int>(), Arg.Any<CancellationToken>())
            .Returns([new FeedbackEntry(when, "slack", "c", "u", FeedbackReaction.Unanswered, null, "What about Iran?", "…", null)]);

        var reply = await bot.SayAsync("feedback");

        Assert.Contains("2025-01-02 03:04 `msteams` 💬 `wrong source` on `Who hosted?`", reply.Text, StringComparison.Ordinal);
        Assert.Contains("2025-01-02 03:04 `slack` `What about Iran?`", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("feedback: wrong source", FeedbackReaction.Text, "wrong source")]
    [InlineData("👍", FeedbackReaction.Like, null)]
    [InlineData("👎", FeedbackReaction.Dislike, null)]
    public async Task Say_FeedbackAfterAnswer_RecordsItOnTheLastAnswer(string text, FeedbackReaction reaction, string? comment)
    {
        using var bot = new BotScript();
        bot.Knowledge.Ask(Arg.Any<Question>()).Returns(SampleAnswers.Almaty());
        await bot.SayAsync("Who hosted the talks in Almaty?");

        var reply = await bot.SayAsync(text);

        Assert.Equal("Thanks for the feedback.", reply.Text);
        await bot.FeedbackStore.Received(1).RecordAsync(
            Arg.Is<FeedbackEntry>(e => e.Reaction == reaction && e.Comment == comment && e.Question == "Who hosted the talks in Almaty?"
                && e.AnswerText!.Contains(SampleAnswers.Host, StringComparison.Ordinal) && e.Sources!.Contains("001_source.txt#p1", StringComparison.Ordinal)
                && e.User == "user-1" && e.Channel == ChannelIds.Emulator),
            Arg.Any<CancellationToken>());
        bot.Knowledge.Received(1).Ask(Arg.Any<Question>());
    }
}
