using ChatBot.Bot.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Bot.Tests.Auth;

public class IssuerSchemeSelectorTests
{
    private static string Select(string? authorization)
    {
        var context = new DefaultHttpContext();
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }

        return IssuerSchemeSelector.Select(context);
    }

    private static string Unsigned(string issuer) =>
        "Bearer " + Base64UrlEncoder.Encode("""{"alg":"RS256"}""") + "." + Base64UrlEncoder.Encode($$"""{"iss":"{{issuer}}"}""") + ".c2ln";

    [Fact]
    public void Select_ChannelIssuer_ChannelScheme() =>
        Assert.Equal(BotAuthenticationDefaults.ChannelScheme, Select(Unsigned("https://api.botframework.com")));

    [Theory]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")]
    [InlineData("https://evil.example")]
    public void Select_OtherIssuer_EmulatorSchemeWhichChecksIssuers(string issuer) =>
        Assert.Equal(BotAuthenticationDefaults.EmulatorScheme, Select(Unsigned(issuer)));

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dXNlcjpwdw==")]
    [InlineData("Bearer garbage")]
    [InlineData("Bearer a.b.c")]
    public void Select_NoReadableToken_ChannelScheme(string? header) =>
        Assert.Equal(BotAuthenticationDefaults.ChannelScheme, Select(header));
}
