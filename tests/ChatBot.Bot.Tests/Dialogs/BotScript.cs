using System.Text.Json;
using ChatBot.Bot.Feedback;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Turns;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace ChatBot.Bot.Tests.Dialogs;

/// <summary>
/// One conversation with the bot, wired as the host wires it (AddBotDialogs) around a fake engine and feedback store,
/// so that tests read like a chat: send "hi", look at the reply.
/// </summary>
internal sealed class BotScript : IDisposable
{
    private readonly ServiceProvider _services;
    private int _nextId;

    public BotScript(string channelId = ChannelIds.Emulator, string conversationType = "personal", bool isGroup = false, params string[] adminIds)
    {
        Knowledge.Sources.Returns(SampleAnswers.Sources);
        Knowledge.Topics.Returns(["Border delimitation", "Peace treaty"]);
        Knowledge.ExampleQuestions.Returns(["Who hosted the talks in Almaty?", "What's the latest on border delimitation?", "When was the treaty text agreed?", "A fourth example?"]);
        Knowledge.Ask(Arg.Any<Question>()).Returns(SampleAnswers.Declined());

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:DisplayName"] = "ChatBot",
        }.Concat(adminIds.Select((id, i) => KeyValuePair.Create($"Admin:UserIds:{i}", (string?)id)))).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Knowledge);
        services.AddSingleton(FeedbackStore);
        services.AddSingleton(Admin);
        services.AddBotDialogs(configuration);
        services.AddBotAdmin();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Handler = _services.GetRequiredService<ITurnHandler>();

        ChannelId = channelId;
        User = new ChannelAccount { Id = channelId == ChannelIds.MsTeams ? "29:user" : "user-1", Name = "Ana" };
        Bot = new ChannelAccount { Id = channelId == ChannelIds.MsTeams ? "28:bot-app-id" : "bot-1", Name = "ChatBot" };
        Conversation = new ConversationAccount { Id = "conv-1", ConversationType = conversationType, IsGroup = isGroup };
    }

    public IKnowledgeBase Knowledge { get; } = Substitute.For<IKnowledgeBase>();
    public IFeedbackStore FeedbackStore { get; } = Substitute.For<IFeedbackStore>();
    public IKnowledgeAdmin Admin { get; } = Substitute.For<IKnowledgeAdmin>();
    public ITurnHandler Handler { get; }
    public string ChannelId { get; }
    public ChannelAccount User { get; }
    public ChannelAccount Bot { get; set; }
    public ConversationAccount Conversation { get; }

    public Activity NewActivity(string type) => new()
    {
        Type = type,
        Id = $"act-{++_nextId}",
        ChannelId = ChannelId,
        ServiceUrl = "https://service.example/",
        From = User,
        Recipient = Bot,
        Conversation = Conversation,
        Locale = "en-US",
    };

    /// <summary>Writes the queued feedback now, as the background writer would a moment later.</summary>
    public Task FlushFeedbackAsync() => _services.GetRequiredService<FeedbackBacklog>().FlushAsync(CancellationToken.None);

    public Task<TurnResult> SendAsync(Activity activity) => Handler.HandleAsync(activity, CancellationToken.None);

    /// <summary>Sends a message and returns the one reply it must produce.</summary>
    public async Task<Activity> SayAsync(string text, params JsonElement[] entities)
    {
        var result = await SendAsync(Message(text, entities));
        return Assert.Single(result.Replies);
    }

    public Activity Message(string text, params JsonElement[] entities)
    {
        var activity = NewActivity(ActivityTypes.Message);
        activity.Text = text;
        activity.Entities = entities.Length > 0 ? [.. entities] : null;
        return activity;
    }

    public static string FirstLine(Activity reply) => (reply.Text ?? "").Split('\n')[0];

    public static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    public void Dispose() => _services.Dispose();
}
