using System.Net;
using ChatBot.Bot.Turns;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Corpus;
using ChatBot.Tests.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Tests.Browser;

/// <summary>The real host on Kestrel at a free loopback port, with a citing fake bot, for a real browser to open.</summary>
public sealed class BrowserAppFactory : WebApplicationFactory<Program>
{
    public BrowserAppFactory() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    /// <summary>Starts the server and returns its address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IKnowledgeBase>();
            services.AddSingleton<IKnowledgeBase, FakeKnowledgeBase>();
            services.RemoveAll<ISourceLibrary>();
            services.AddSingleton<ISourceLibrary, FakeSourceLibrary>();
            services.RemoveAll<ITurnHandler>();
            services.AddSingleton<ITurnHandler, CitingTurnHandler>();
        });
}
