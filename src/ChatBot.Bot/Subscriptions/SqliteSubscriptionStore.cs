using System.Globalization;
using ChatBot.Bot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Subscriptions;

/// <summary>
/// <see cref="ISubscriptionStore"/> in a SQLite file (<see cref="SubscriptionOptions.SubscriptionsDatabasePath"/>); the folder
/// and table are created by the first subscription, and reads before that find nothing without creating the file.
/// </summary>
public sealed class SqliteSubscriptionStore : ISubscriptionStore, IDisposable
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS subscriptions (
            channel_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            topic_id TEXT NOT NULL,
            service_url TEXT NOT NULL,
            conversation_name TEXT,
            conversation_type TEXT,
            is_group INTEGER,
            tenant_id TEXT,
            bot_id TEXT,
            bot_name TEXT,
            user_id TEXT,
            user_name TEXT,
            user_aad_object_id TEXT,
            locale TEXT,
            activity_id TEXT,
            subscribed_at TEXT NOT NULL,
            subscribed_version INTEGER NOT NULL,
            last_notified_version INTEGER NOT NULL,
            failures INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (channel_id, conversation_id, topic_id));
        """;

    private const string Columns = """
        channel_id, service_url, conversation_id, conversation_name, conversation_type, is_group, tenant_id, bot_id, bot_name,
        user_id, user_name, user_aad_object_id, locale, activity_id, topic_id, subscribed_at, subscribed_version,
        last_notified_version, failures
        """;

    private readonly SqliteDatabase _database;

    /// <param name="options">Dialog settings with the database path.</param>
    /// <param name="environment">The host; relative paths resolve against its content root (the app root).</param>
    public SqliteSubscriptionStore(IOptions<SubscriptionOptions> options, IHostEnvironment? environment = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = new SqliteDatabase(Path.GetFullPath(options.Value.SubscriptionsDatabasePath, environment?.ContentRootPath ?? AppContext.BaseDirectory), CreateTable);
    }

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath => _database.Path;

    public async Task<bool> AddAsync(ConversationReference reference, string topicId, int version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrEmpty(topicId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var refresh = connection.CreateCommand();
        refresh.Transaction = transaction;
        refresh.CommandText = """
            UPDATE subscriptions SET service_url = $service_url, conversation_name = $conversation_name,
                conversation_type = $conversation_type, is_group = $is_group, tenant_id = $tenant_id, bot_id = $bot_id,
                bot_name = $bot_name, user_id = $user_id, user_name = $user_name, user_aad_object_id = $user_aad_object_id,
                locale = $locale, activity_id = $activity_id
            WHERE channel_id = $channel_id AND conversation_id = $conversation_id;
            """;
        AddReference(refresh, reference);
        await refresh.ExecuteNonQueryAsync(cancellationToken);

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"""
            INSERT OR IGNORE INTO subscriptions ({Columns})
            VALUES ($channel_id, $service_url, $conversation_id, $conversation_name, $conversation_type, $is_group, $tenant_id,
                $bot_id, $bot_name, $user_id, $user_name, $user_aad_object_id, $locale, $activity_id, $topic_id, $subscribed_at,
                $version, $version, 0);
            """;
        AddReference(insert, reference);
        insert.Parameters.AddWithValue("$topic_id", topicId);
        insert.Parameters.AddWithValue("$subscribed_at", now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$version", version);
        var added = await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<bool> RemoveAsync(string channelId, string conversationId, string topicId, CancellationToken cancellationToken)
    {
        if (!_database.Exists) return false;
        return await ExecuteAsync(
            "DELETE FROM subscriptions WHERE channel_id = $channel_id AND conversation_id = $conversation_id AND topic_id = $topic_id;",
            [("$channel_id", channelId), ("$conversation_id", conversationId), ("$topic_id", topicId)],
            cancellationToken) > 0;
    }

    public async Task<int> RemoveAllAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        if (!_database.Exists) return 0;
        return await ExecuteAsync(
            "DELETE FROM subscriptions WHERE channel_id = $channel_id AND conversation_id = $conversation_id;",
            [("$channel_id", channelId), ("$conversation_id", conversationId)],
            cancellationToken);
    }

    public Task<IReadOnlyList<Subscription>> ListAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        QueryAsync(
            "channel_id = $channel_id AND conversation_id = $conversation_id",
            [("$channel_id", channelId), ("$conversation_id", conversationId)],
            cancellationToken);

    public Task<IReadOnlyList<Subscription>> PendingAsync(int version, CancellationToken cancellationToken) =>
        QueryAsync("last_notified_version < $version", [("$version", version)], cancellationToken);

    public async Task MarkNotifiedAsync(Subscription subscription, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await ExecuteAsync(
            """
            UPDATE subscriptions SET last_notified_version = MAX(last_notified_version, $version), failures = 0
            WHERE channel_id = $channel_id AND conversation_id = $conversation_id AND topic_id = $topic_id;
            """,
            [.. Key(subscription), ("$version", version)],
            cancellationToken);
    }

    public async Task<int> RebaselineAsync(int version, CancellationToken cancellationToken)
    {
        if (!_database.Exists) return 0;
        return await ExecuteAsync(
            "UPDATE subscriptions SET last_notified_version = $version WHERE last_notified_version > $version;",
            [("$version", version)],
            cancellationToken);
    }

    public async Task<int> RecordFailureAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await ExecuteAsync(
            "UPDATE subscriptions SET failures = failures + 1 WHERE channel_id = $channel_id AND conversation_id = $conversation_id AND topic_id = $topic_id;",
            Key(subscription),
            cancellationToken);
        var rows = await ListAsync(subscription.Reference.ChannelId, subscription.Reference.ConversationId, cancellationToken);
        return rows.FirstOrDefault(s => s.TopicId == subscription.TopicId)?.Failures ?? 0;
    }

    public void Dispose() => _database.Dispose();

    private static (string, object)[] Key(Subscription subscription) =>
    [
        ("$channel_id", subscription.Reference.ChannelId),
        ("$conversation_id", subscription.Reference.ConversationId),
        ("$topic_id", subscription.TopicId),
    ];

    private static void AddReference(SqliteCommand command, ConversationReference reference)
    {
        command.Parameters.AddWithValue("$channel_id", reference.ChannelId);
        command.Parameters.AddWithValue("$service_url", reference.ServiceUrl);
        command.Parameters.AddWithValue("$conversation_id", reference.ConversationId);
        command.Parameters.AddWithValue("$conversation_name", (object?)reference.ConversationName ?? DBNull.Value);
        command.Parameters.AddWithValue("$conversation_type", (object?)reference.ConversationType ?? DBNull.Value);
        command.Parameters.AddWithValue("$is_group", reference.IsGroup is { } g ? (g ? 1 : 0) : DBNull.Value);
        command.Parameters.AddWithValue("$tenant_id", (object?)reference.TenantId ?? DBNull.Value);
        command.Parameters.AddWithValue("$bot_id", (object?)reference.BotId ?? DBNull.Value);
        command.Parameters.AddWithValue("$bot_name", (object?)reference.BotName ?? DBNull.Value);
        command.Parameters.AddWithValue("$user_id", (object?)reference.UserId ?? DBNull.Value);
        command.Parameters.AddWithValue("$user_name", (object?)reference.UserName ?? DBNull.Value);
        command.Parameters.AddWithValue("$user_aad_object_id", (object?)reference.UserAadObjectId ?? DBNull.Value);
        command.Parameters.AddWithValue("$locale", (object?)reference.Locale ?? DBNull.Value);
        command.Parameters.AddWithValue("$activity_id", (object?)reference.ActivityId ?? DBNull.Value);
    }

    private async Task<int> ExecuteAsync(string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<Subscription>> QueryAsync(string where, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        // Nobody has subscribed yet: no file, and no reason to create one (start-up and every reindex ask).
        if (!_database.Exists) return [];
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM subscriptions WHERE {where} ORDER BY subscribed_at, rowid;";
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var found = new List<Subscription>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(Read(reader));
        }

        return found;
    }

    private static Subscription Read(SqliteDataReader r)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var reference = new ConversationReference(
            r.GetString(0), r.GetString(1), r.GetString(2), Text(3), Text(4), r.IsDBNull(5) ? null : r.GetInt64(5) != 0,
            Text(6), Text(7), Text(8), Text(9), Text(10), Text(11), Text(12), Text(13));
        return new Subscription(
            reference,
            r.GetString(14),
            DateTimeOffset.Parse(r.GetString(15), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            r.GetInt32(16),
            r.GetInt32(17),
            r.GetInt32(18));
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _database.OpenAsync(cancellationToken);
}
