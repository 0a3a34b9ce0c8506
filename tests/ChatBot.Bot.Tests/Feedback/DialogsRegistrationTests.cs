using ChatBot.Bot.Feedback;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.State;
using ChatBot.Bot.Turns;
using ChatBot.Knowledge.Answers;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using NSubstitute;

namespace ChatBot.Bot.Tests.Feedback;

public sealed class DialogsRegistrationTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "chatbot-root-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AddBotDialogs_DeclinedQuestion_RecordedInDatabaseUnderContentRoot()
    {
        var knowledge = Substitute.For<IKnowledgeBase>();
        knowledge.Ask(Arg.Any<Question>()).Returns(Answer.Decline("I couldn't find that in the sources.", []));
        var environment = Substitute.For<IHostEnvironment>();
        environment.ContentRootPath.Returns(_root);
        environment.ContentRootFileProvider.Returns(new NullFileProvider());
        var services = new ServiceCollection().AddLogging().AddSingleton(knowledge).AddSingleton(environment);
        services.AddBotDialogs(new ConfigurationBuilder().Build());
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var message = new Activity
        {
            Type = ActivityTypes.Message, Id = "1", ChannelId = ChannelIds.WebChat, Text = "What is the capital of France?",
            From = new ChannelAccount { Id = "u" }, Recipient = new ChannelAccount { Id = "b" }, Conversation = new ConversationAccount { Id = "c" },
        };

        await provider.GetRequiredService<ITurnHandler>().HandleAsync(message, CancellationToken.None);
        await provider.GetRequiredService<FeedbackBacklog>().FlushAsync(CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(_root, ".data", "feedback.db")));
        var stored = await provider.GetRequiredService<IFeedbackStore>().RecentAsync([FeedbackReaction.Unanswered], 5, CancellationToken.None);
        Assert.Equal("What is the capital of France?", Assert.Single(stored).Question);
    }

    [Fact]
    public void RememberReplyId_ThenFindAnswer_FindsTheOlderAnswer()
    {
        var store = new InMemoryConversationStateStore(Microsoft.Extensions.Options.Options.Create(new ChatBot.Bot.State.ConversationStateOptions()), TimeProvider.System);
        var inbound = new Activity { Id = "in-1", ChannelId = ChannelIds.MsTeams, Conversation = new ConversationAccount { Id = "c" } };
        store.Update(ConversationKey.For(inbound), s => s.WithAnswer(new AnswerRecord("in-1", "first", "a1", [], [])).WithAnswer(new AnswerRecord("in-2", "second", "a2", [], [])));

        store.RememberReplyId(inbound.CreateReply("a1"), "out-1");

        Assert.Equal("first", store.Load(ConversationKey.For(inbound)).FindAnswer("out-1")!.Question);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
