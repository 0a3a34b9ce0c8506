using ChatBot.Bot.Connector;
using ChatBot.Bot.Hosting;
using ChatBot.Bot.Identity;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests.Connector;

public class MsalBotTokenProviderTests
{
    [Fact]
    public async Task GetTokenAsync_LocalMode_ReturnsNoToken()
    {
        var sut = new MsalBotTokenProvider(Options.Create(new BotIdentityOptions { MicrosoftAppType = BotAppTypes.SingleTenant }));

        Assert.Null(await sut.GetTokenAsync(CancellationToken.None));
    }
}
