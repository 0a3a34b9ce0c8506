using Microsoft.Data.Sqlite;

namespace ChatBot.Bot.Storage;

/// <summary>
/// One SQLite file with its schema, created on first use: the folder and tables appear only when something is stored,
/// so a bot nobody talks to leaves no files behind.
/// </summary>
internal sealed class SqliteDatabase(string path, string schema) : IDisposable
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private volatile bool _initialized;

    public string Path => path;

    /// <summary>True once the schema exists (created here, or the file was already there).</summary>
    public bool Exists => _initialized || File.Exists(path);

    /// <summary>Opens a connection, creating the file and schema first when needed. The caller disposes it.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await _initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!_initialized)
                {
                    Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
                    await using var setup = new SqliteConnection(_connectionString);
                    await setup.OpenAsync(cancellationToken).ConfigureAwait(false);
                    await using var command = setup.CreateCommand();
                    command.CommandText = schema;
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    _initialized = true;
                }
            }
            finally
            {
                _initGate.Release();
            }
        }

        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    public void Dispose() => _initGate.Dispose();
}
