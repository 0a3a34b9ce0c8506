using ChatBot.Bot.Connector;
using ChatBot.Bot.Feedback;
using ChatBot.Bot.Hosting;
using ChatBot.Bot.Identity;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.Subscriptions;
using ChatBot.Bot.Turns;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Indexing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace ChatBot.Bot.Tests.Subscriptions;

/// <summary>
/// The dialogs and subscriptions wired as the host wires them, around a fake engine and a fake Connector, with the
/// subscriptions database in a temp folder.
/// </summary>
internal sealed class SubscriptionsScript : IDisposable
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatbot-subs-" + Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;
    private int _nextId;

    public SubscriptionsScript(string appId = "bot-app-id")
    {
        Knowledge.Topics.Returns(["Border delimitation", "The peace treaty"]);
        Knowledge.CurrentVersion.Returns(3);
        Knowledge.ResolveTopic(Arg.Any<string>()).Returns(c => Resolve(c.Arg<string>()));
        Connector.SendAsync(Arg.Any<Activity>(), Arg.Any<CancellationToken>()).Returns("posted-1");

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:SubscriptionsDatabasePath"] = Path.Combine(_folder, "subscriptions.db"),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Knowledge);
        services.AddSingleton(Substitute.For<IFeedbackStore>());
        services.AddSingleton(Connector);
        services.AddOptions<BotIdentityOptions>().Configure(o => o.MicrosoftAppId = appId);
        services.AddBotDialogs(configuration);
        services.AddBotSubscriptions(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public IKnowledgeBase Knowledge { get; } = Substitute.For<IKnowledgeBase>();

    /// <summary>The channel messages come from; Teams unless a test says otherwise.</summary>
    public string ChannelId { get; init; } = ChannelIds.MsTeams;

    public IConnectorClient Connector { get; } = Substitute.For<IConnectorClient>();

    public ISubscriptionStore Store => _services.GetRequiredService<ISubscriptionStore>();

    public SubscriptionNotifier Notifier => _services.GetRequiredService<SubscriptionNotifier>();

    public Activity Message(string text, string conversation = "conv-1", string serviceUrl = ServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"act-{++_nextId}",
        ChannelId = ChannelId,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = "29:user-" + conversation, Name = "Ana", AadObjectId = "aad-ana" },
        Recipient = new ChannelAccount { Id = "28:bot-app-id", Name = "ChatBot" },
        Conversation = new ConversationAccount { Id = conversation, ConversationType = "personal", TenantId = "tenant-1" },
        Locale = "en-GB",
        Text = text,
    };

    /// <summary>Sends a message and returns the one reply it must produce.</summary>
    public async Task<Activity> SayAsync(string text, string conversation = "conv-1", string serviceUrl = ServiceUrl)
    {
        var result = await _services.GetRequiredService<ITurnHandler>().HandleAsync(Message(text, conversation, serviceUrl), CancellationToken.None);
        return Assert.Single(result.Replies);
    }

    /// <summary>Sends a non-message activity (conversationUpdate, installationUpdate) and returns the turn's result.</summary>
    public Task<TurnResult> SendAsync(Activity activity) =>
        _services.GetRequiredService<ITurnHandler>().HandleAsync(activity, CancellationToken.None);

    public Task ReindexedAsync(int version) =>
        Notifier.OnServingAsync(new ReindexReport(ReindexOutcome.Built, version, TimeSpan.Zero, 1, 1, 1, [], [], [], [], [], null), CancellationToken.None);

    public static TopicMatch? Resolve(string text) => text.Trim().ToUpperInvariant() switch
    {
        "BORDER DELIMITATION" or "BORDER-DELIMITATION" or "DELIMITATION" => new TopicMatch("border-delimitation", "Border delimitation"),
        "PEACE TREATY" or "PEACE-TREATY" => new TopicMatch("peace-treaty", "The peace treaty"),
        _ => null,
    };

    public void Dispose()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
