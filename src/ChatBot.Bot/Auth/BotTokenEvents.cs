using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ChatBot.Bot.Auth;

/// <summary>Checks after a token's signature, issuer and lifetime are validated.</summary>
internal static class BotTokenEvents
{
    /// <summary>
    /// Keeps the endorsements of the key that signed the token (from the raw JWKS) in a separate identity,
    /// so that the messaging endpoint can match them against the activity's <c>channelId</c> once it has the body.
    /// </summary>
    public static async Task CollectEndorsementsAsync(TokenValidatedContext context)
    {
        var token = context.SecurityToken as JsonWebToken;
        var keyId = token?.SigningKey?.KeyId ?? token?.Kid;
        var endorsements = new ClaimsIdentity(BotClaims.EndorsementsIdentity);
        if (keyId is not null && context.Options.ConfigurationManager is { } manager)
        {
            var configuration = await manager.GetConfigurationAsync(context.HttpContext.RequestAborted);
            var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
            if (key is not null && key.AdditionalData.TryGetValue("endorsements", out var value))
            {
                foreach (var endorsement in Strings(value))
                {
                    endorsements.AddClaim(new Claim(BotClaims.Endorsement, endorsement));
                }
            }
        }

        context.Principal?.AddIdentity(endorsements);
    }

    /// <summary>Emulator tokens name the bot in <c>appid</c> (v1.0) or <c>azp</c> (v2.0).</summary>
    public static Task CheckEmulatorAppId(TokenValidatedContext context, string appId)
    {
        var principal = context.Principal;
        var version = principal?.FindFirst(BotClaims.Version)?.Value;
        var claimed = string.Equals(version, "2.0", StringComparison.Ordinal)
            ? principal?.FindFirst(BotClaims.AuthorizedParty)?.Value
            : principal?.FindFirst(BotClaims.AppId)?.Value;
        if (!string.Equals(claimed, appId, StringComparison.OrdinalIgnoreCase))
        {
            context.Fail("The token was not issued for this bot (appid/azp).");
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Turns errors outside token validation (metadata unreachable, malformed keys) into a failed
    /// authentication, which the endpoint answers with 401, instead of an exception and a 500.
    /// </summary>
    public static Task RefuseOnError(AuthenticationFailedContext context)
    {
        context.Fail(context.Exception);
        return Task.CompletedTask;
    }

    private static IEnumerable<string> Strings(object? value) => value switch
    {
        string single => [single],
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!),
        JsonElement { ValueKind: JsonValueKind.String } element => [element.GetString()!],
        IEnumerable<object> items => items.Select(i => i?.ToString()).OfType<string>(),
        _ => [],
    };
}
