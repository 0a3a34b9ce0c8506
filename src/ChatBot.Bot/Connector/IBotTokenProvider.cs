namespace ChatBot.Bot.Connector;

/// <summary>The bearer token the bot presents to the Bot Connector service.</summary>
public interface IBotTokenProvider
{
    /// <summary>A current token, or null in local mode (no app id), where calls go out without one.</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
