using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace ChatBot.Tests.Channels.DirectLine;

/// <summary>The test server leaves the caller's address empty; this gives requests the address a test chooses.</summary>
public sealed class RemoteAddressStartupFilter(Func<IPAddress> address) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = address();
            return nextMiddleware(context);
        });
        next(app);
    };
}
