using System.Globalization;
using ChatBot.Bot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Feedback;

/// <summary>
/// <see cref="IFeedbackStore"/> in a SQLite file (<see cref="FeedbackOptions.FeedbackDatabasePath"/>); the folder and
/// table are created on first use.
/// </summary>
public sealed class SqliteFeedbackStore : IFeedbackStore, IDisposable
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS feedback (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            timestamp TEXT NOT NULL,
            channel TEXT NOT NULL,
            conversation TEXT NOT NULL,
            user_id TEXT NOT NULL,
            reaction TEXT NOT NULL,
            comment TEXT,
            question TEXT,
            answer TEXT,
            sources TEXT);
        CREATE INDEX IF NOT EXISTS feedback_reaction_time ON feedback (reaction, timestamp);
        """;

    private readonly SqliteDatabase _database;

    /// <param name="options">Dialog settings with the database path.</param>
    /// <param name="environment">The host; relative paths resolve against its content root (the app root).</param>
    public SqliteFeedbackStore(IOptions<FeedbackOptions> options, IHostEnvironment? environment = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = new SqliteDatabase(Path.GetFullPath(options.Value.FeedbackDatabasePath, environment?.ContentRootPath ?? AppContext.BaseDirectory), CreateTable);
    }

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath => _database.Path;

    public Task RecordAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return RecordManyAsync([entry], cancellationToken);
    }

    public async Task RecordManyAsync(IReadOnlyList<FeedbackEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0) return;
        await using var connection = await OpenAsync(cancellationToken);

        // One transaction for the batch: one journal sync instead of one per record.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO feedback (timestamp, channel, conversation, user_id, reaction, comment, question, answer, sources)
            VALUES ($timestamp, $channel, $conversation, $user, $reaction, $comment, $question, $answer, $sources);
            """;
        string[] names = ["$timestamp", "$channel", "$conversation", "$user", "$reaction", "$comment", "$question", "$answer", "$sources"];
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        foreach (var entry in entries)
        {
            object?[] values =
            [
                entry.Timestamp.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), entry.Channel, entry.Conversation, entry.User,
                ToName(entry.Reaction), entry.Comment, entry.Question, entry.AnswerText, entry.Sources,
            ];
            for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> PruneAsync(int maxPerKind, DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        if (!_database.Exists) return 0;
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM feedback WHERE timestamp < $cutoff;
            DELETE FROM feedback WHERE $max > 0 AND id IN (
                SELECT id FROM (
                    SELECT id, ROW_NUMBER() OVER (PARTITION BY reaction ORDER BY timestamp DESC, id DESC) AS newest
                    FROM feedback)
                WHERE newest > $max);
            """;
        command.Parameters.AddWithValue("$cutoff", olderThan.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$max", maxPerKind);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FeedbackEntry>> RecentAsync(IReadOnlyCollection<FeedbackReaction> reactions, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reactions);
        if (reactions.Count == 0 || limit <= 0) return [];
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var names = reactions.Select((r, i) => (Name: $"$r{i}", Value: ToName(r))).ToList();
        command.CommandText = $"""
            SELECT timestamp, channel, conversation, user_id, reaction, comment, question, answer, sources
            FROM feedback WHERE reaction IN ({string.Join(", ", names.Select(n => n.Name))})
            ORDER BY timestamp DESC, id DESC LIMIT $limit;
            """;
        foreach (var (name, value) in names) command.Parameters.AddWithValue(name, value);
        command.Parameters.AddWithValue("$limit", limit);

        var entries = new List<FeedbackEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new FeedbackEntry(
                DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                Enum.Parse<FeedbackReaction>(reader.GetString(4), ignoreCase: true),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return entries;
    }

    public void Dispose() => _database.Dispose();

#pragma warning disable CA1308 // Stored names are lowercase words ("like", "dislike"), as in the channels' reactions.
    private static string ToName(FeedbackReaction reaction) => reaction.ToString().ToLowerInvariant();
#pragma warning restore CA1308

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _database.OpenAsync(cancellationToken);
}
