using System.Text.RegularExpressions;
using ChatBot.Bot.Dialogs;
using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Corpus;
using Microsoft.Extensions.Options;

namespace ChatBot.Web;

/// <summary>The built-in chat page (<c>GET /</c>), its header data (<c>GET /api/info</c>) and the source viewer.</summary>
public static partial class ChatPageEndpoints
{
    public static WebApplication MapChatPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var files = ChatPageFiles.Locate(app.Environment);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapGet("/api/info", GetInfo);
        app.MapGet("/sources/{file}", GetSource);
        return app;
    }

    private static BotInfo GetInfo(IKnowledgeBase knowledge, IOptions<DialogOptions> options)
    {
        var sources = knowledge.Sources;
        return new BotInfo(
            options.Value.DisplayName,
            sources.Count,
            sources.Count == 0 ? null : sources.Min(s => s.Published),
            sources.Count == 0 ? null : sources.Max(s => s.Published),
            knowledge.ExampleQuestions,
            knowledge.Topics);
    }

    private static IResult GetSource(string file, int? start, int? length, IServiceProvider services)
    {
        // The library is looked up by name, never by path; the pattern keeps odd names from reaching it at all.
        if (!SafeFileName().IsMatch(file) || file.Contains("..", StringComparison.Ordinal))
        {
            return Page(SourcePage.NotFound("There is no source with that name."), StatusCodes.Status404NotFound);
        }

        var library = services.GetService<ISourceLibrary>();
        if (library is null)
        {
            return Page(SourcePage.NotFound("The sources are not loaded yet."), StatusCodes.Status503ServiceUnavailable);
        }

        var article = library.Find(file);
        return article is null
            ? Page(SourcePage.NotFound("There is no source with that name."), StatusCodes.Status404NotFound)
            : Page(SourcePage.Render(article, start, length), StatusCodes.Status200OK);
    }

    private static IResult Page(string html, int status) =>
        Results.Content(html, "text/html; charset=utf-8", statusCode: status);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeFileName();
}
