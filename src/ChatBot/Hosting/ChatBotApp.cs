using ChatBot.Admin;
using ChatBot.Bot;
using ChatBot.Bot.Hosting;
using ChatBot.Channels.DirectLine;
using ChatBot.Health;
using ChatBot.Knowledge.Hosting;
using ChatBot.Web;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Console;

namespace ChatBot.Hosting;

/// <summary>Builds the web host: the bot, its channels, the chat page and the admin endpoint.</summary>
internal static class ChatBotApp
{
    /// <summary>Builds the host; <paramref name="logToStandardError"/> keeps standard output for a verb's result.</summary>
    public static WebApplication BuildWebApp(string[] args, bool logToStandardError = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppRoot.Locate(),
        });
        builder.Logging.AddConsoleFormatter<CleanConsoleFormatter, ConsoleFormatterOptions>();
        builder.Logging.AddConsole(console =>
        {
            console.FormatterName = CleanConsoleFormatter.FormatterName;
            if (logToStandardError) console.LogToStandardErrorThreshold = LogLevel.Trace;
        });

        builder.Services.AddKnowledge(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddBotProtocol(builder.Configuration);
        builder.Services.AddBotDialogs(builder.Configuration);
        builder.Services.AddBotSubscriptions(builder.Configuration);
        builder.Services.AddHealthChecks().AddCheck<KnowledgeHealthCheck>("knowledge");
        builder.Services.AddDirectLine(builder.Configuration);
        builder.Services.AddBotAdmin();

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
        app.MapBotProtocol();
        app.MapDirectLine();
        app.MapChatPage();
        app.MapAdmin();
        return app;
    }
}
