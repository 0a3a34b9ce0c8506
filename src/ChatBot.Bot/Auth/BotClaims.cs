namespace ChatBot.Bot.Auth;

/// <summary>Claim types the Bot Framework checks, and where validated endorsements are kept.</summary>
internal static class BotClaims
{
    public const string ServiceUrl = "serviceurl";
    public const string AppId = "appid";
    public const string AuthorizedParty = "azp";
    public const string Version = "ver";

    /// <summary>Authentication type of the identity that carries the signing key's endorsements.</summary>
    public const string EndorsementsIdentity = "BotFramework.Endorsements";
    public const string Endorsement = "endorsement";
}
