using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Tests.Protocol;

/// <summary>
/// Plays login.botframework.com and Entra ID: serves OpenID metadata and a JWKS whose key is endorsed for
/// msteams and emulator, and issues tokens signed with that key (or with an untrusted one).
/// </summary>
internal sealed class TestIdentityProvider : HttpMessageHandler
{
    public const string KeyId = "test-key";
    public const string ChannelMetadataUrl = "https://login.test/channel/.well-known/openidconfiguration";
    public const string EmulatorMetadataUrl = "https://login.test/emulator/.well-known/openid-configuration";

    private readonly RSA trusted = RSA.Create(2048);
    private readonly RSA untrusted = RSA.Create(2048);

    public int Requests { get; private set; }

    public string CreateToken(string issuer, string? audience, IDictionary<string, object> claims, bool forged = false, DateTime? expires = null)
    {
        var key = new RsaSecurityKey(forged ? untrusted : trusted) { KeyId = KeyId };
        var exp = expires ?? DateTime.UtcNow.AddMinutes(30);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = exp.AddMinutes(-60),
            NotBefore = exp.AddMinutes(-60),
            Expires = exp,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with the given payload.</summary>
    public static string CreateUnsignedToken(IDictionary<string, object> payload) =>
        Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""") + "." + Base64UrlEncoder.Encode(JsonSerializer.Serialize(payload)) + ".";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        var json = request.RequestUri!.AbsoluteUri switch
        {
            ChannelMetadataUrl => Metadata("https://api.botframework.com", "https://login.test/channel/keys"),
            EmulatorMetadataUrl => Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", "https://login.test/emulator/keys"),
            "https://login.test/channel/keys" or "https://login.test/emulator/keys" => Keys(),
            _ => null,
        };
        return Task.FromResult(json is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }

    private static string Metadata(string issuer, string jwksUri) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = jwksUri,
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
    });

    private string Keys()
    {
        var parameters = trusted.ExportParameters(includePrivateParameters: false);
        return JsonSerializer.Serialize(new
        {
            keys = new[]
            {
                new Dictionary<string, object>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus!),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent!),
                    ["endorsements"] = new[] { "msteams", "emulator" },
                },
            },
        });
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            trusted.Dispose();
            untrusted.Dispose();
        }

        base.Dispose(disposing);
    }
}
