using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Bot.Auth;

/// <summary>
/// Picks the scheme from the token's unvalidated <c>iss</c>: the channel issuer goes to the channel scheme,
/// anything else to the Emulator scheme, which accepts only its own issuers. Routing only; never trusted.
/// </summary>
internal static class IssuerSchemeSelector
{
    private static readonly JsonWebTokenHandler Reader = new();

    public static string Select(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationDefaults.ChannelScheme;
        }

        var token = header[Bearer.Length..].Trim();
        if (!Reader.CanReadToken(token))
        {
            return BotAuthenticationDefaults.ChannelScheme;
        }

        try
        {
            var issuer = Reader.ReadJsonWebToken(token).Issuer;
            return string.Equals(issuer, BotAuthenticationDefaults.ChannelIssuer, StringComparison.Ordinal)
                ? BotAuthenticationDefaults.ChannelScheme
                : BotAuthenticationDefaults.EmulatorScheme;
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenMalformedException)
        {
            // Malformed header or payload: the channel scheme refuses it.
            return BotAuthenticationDefaults.ChannelScheme;
        }
    }
}
