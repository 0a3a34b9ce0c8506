using System.Net;
using ChatBot.Bot.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Tests.Channels.DirectLine;

/// <summary>The host with a scripted bot, a manual clock and Direct Line limits set per test.</summary>
public sealed class DirectLineAppFactory(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public ManualClock Clock { get; } = new();

    public ScriptedTurnHandler Bot { get; } = new();

    /// <summary>The address requests appear to come from; loopback unless a test says otherwise.</summary>
    public IPAddress RemoteAddress { get; set; } = IPAddress.Loopback;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.RemoveAll<ITurnHandler>();
            services.AddSingleton<ITurnHandler>(Bot);
            services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(() => RemoteAddress));
        });
    }
}
