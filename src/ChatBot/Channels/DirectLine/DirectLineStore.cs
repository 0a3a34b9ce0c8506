using System.Globalization;
using System.Security.Cryptography;
using ChatBot.Bot.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Channels.DirectLine;

/// <summary>
/// The conversations of the local Direct Line: tokens, feeds and their bounds. Thread-safe; one lock guards all
/// state because the feed is small and the work under the lock is a few list operations.
/// </summary>
internal sealed class DirectLineStore(IOptions<DirectLineOptions> options, TimeProvider clock, ILogger<DirectLineStore> logger) : IDirectLineStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectLineConversation> _byToken = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options = options.Value;

    /// <summary>
    /// Anyone can open a local Direct Line conversation and name its user, so its user ids are namespaced: they can
    /// never equal a Teams or Slack id listed in <c>Admin:UserIds</c>.
    /// </summary>
    public const string UserIdPrefix = "web:";

    public DirectLineOptions Options => _options;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _conversations.Count;
            }
        }
    }

    /// <summary>
    /// Opens a conversation with a fresh token. When the store is full, conversations whose token expired make room;
    /// a live one never does, so with none expired this returns null.
    /// </summary>
    public DirectLineConversation? Create(ChannelAccount? user, string? locale)
    {
        var id = NewSecret(18);
        var account = new ChannelAccount { Id = UserIdPrefix + UserIdFrom(user?.Id), Name = user?.Name, Role = "user" };
        var conversation = new DirectLineConversation(id, NewSecret(32), account, locale);
        lock (_gate)
        {
            if (_conversations.Count >= _options.MaxConversations && RemoveExpired() == 0)
            {
                Log.StoreFull(logger, _conversations.Count);
                return null;
            }

            conversation.LastUsed = clock.GetUtcNow();
            conversation.ExpiresAt = conversation.LastUsed + _options.TokenLifetime;
            _conversations.Add(conversation.Id, conversation);
            _byToken.Add(conversation.Token, conversation);
        }

        return conversation;
    }

    /// <summary>Checks a bearer token for a conversation; with no conversation id, finds the token's own conversation.</summary>
    public DirectLineAccess Authorize(string? conversationId, string? token, out DirectLineConversation? conversation)
    {
        conversation = null;
        lock (_gate)
        {
            if (conversationId is not null && !_conversations.ContainsKey(conversationId))
            {
                return DirectLineAccess.NotFound;
            }

            if (token is null || !_byToken.TryGetValue(token, out var owner)
                || (conversationId is not null && !string.Equals(owner.Id, conversationId, StringComparison.Ordinal))
                || owner.ExpiresAt <= clock.GetUtcNow())
            {
                return DirectLineAccess.Forbidden;
            }

            owner.LastUsed = clock.GetUtcNow();
            conversation = owner;
            return DirectLineAccess.Granted;
        }
    }

    /// <summary>The conversation with this id, for the bot's own connector calls (which carry no Direct Line token).</summary>
    public DirectLineConversation? Find(string conversationId)
    {
        lock (_gate)
        {
            return _conversations.GetValueOrDefault(conversationId);
        }
    }

    /// <summary>Marks the conversation started; true only the first time, when the bot should be told the user joined.</summary>
    public bool TryStart(DirectLineConversation conversation)
    {
        lock (_gate)
        {
            if (conversation.Started)
            {
                return false;
            }

            conversation.Started = true;
            return true;
        }
    }

    /// <summary>Extends the token's life by the configured lifetime from now.</summary>
    public void Refresh(DirectLineConversation conversation)
    {
        lock (_gate)
        {
            conversation.ExpiresAt = clock.GetUtcNow() + _options.TokenLifetime;
        }
    }

    public int SecondsLeft(DirectLineConversation conversation)
    {
        lock (_gate)
        {
            return (int)Math.Max(0, Math.Ceiling((conversation.ExpiresAt - clock.GetUtcNow()).TotalSeconds));
        }
    }

    /// <summary>Gives the activity its id and timestamp; adds it to the feed unless <paramref name="addToFeed"/> is false.</summary>
    public string Stamp(DirectLineConversation conversation, Activity activity, bool addToFeed = true)
    {
        lock (_gate)
        {
            var sequence = ++conversation.LastSequence;
            activity.Id = conversation.Id + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);
            activity.Timestamp = clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
            if (addToFeed)
            {
                conversation.Feed.AddLast((sequence, activity));
                while (conversation.Feed.Count > _options.MaxActivitiesPerConversation)
                {
                    conversation.Feed.RemoveFirst();
                }
            }

            return activity.Id;
        }
    }

    /// <summary>The activities newer than <paramref name="watermark"/>, and the watermark to send next time.</summary>
    public (IReadOnlyList<Activity> Activities, string? Watermark) Since(DirectLineConversation conversation, string? watermark)
    {
        var after = long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var w) ? w : 0;
        lock (_gate)
        {
            var newer = conversation.Feed.Where(e => e.Sequence > after).Select(e => e.Activity).ToList();
            var next = conversation.LastSequence == 0
                ? watermark
                : Math.Max(after, conversation.LastSequence).ToString(CultureInfo.InvariantCulture);
            return (newer, next);
        }
    }

    /// <summary>Chains work after the conversation's previous bot turn, so turns run in posting order.</summary>
    public void Enqueue(DirectLineConversation conversation, Func<Task> turn)
    {
        lock (_gate)
        {
            conversation.TurnTail = conversation.TurnTail.ContinueWith(_ => turn(), CancellationToken.None,
                TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }

    private int RemoveExpired()
    {
        var now = clock.GetUtcNow();
        var expired = _conversations.Values.Where(c => c.ExpiresAt <= now).ToList();
        foreach (var conversation in expired)
        {
            _conversations.Remove(conversation.Id);
            _byToken.Remove(conversation.Token);
            Log.ConversationExpired(logger, conversation.Id, conversation.LastUsed);
        }

        return expired.Count;
    }

    internal static string UserIdFrom(string? requested)
    {
        var kept = new string((requested ?? "").Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.').Take(64).ToArray());
        return kept.Length == 0 ? NewSecret(9) : kept;
    }

    internal static string NewSecret(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
