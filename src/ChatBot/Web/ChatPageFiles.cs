using Microsoft.Extensions.FileProviders;

namespace ChatBot.Web;

/// <summary>
/// Finds the chat page's files. The content root is the repository root (where appsettings.json lives), not the
/// project folder, so the web root is looked up: next to the binaries when published, else in the project's source
/// folder, which serves both <c>dotnet run</c> and a Release build run from the repository.
/// </summary>
internal static class ChatPageFiles
{
    private const string IndexFile = "index.html";

    public static IFileProvider Locate(IWebHostEnvironment environment)
    {
        string[] candidates =
        [
            environment.WebRootPath ?? "",
            Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            Path.Combine(environment.ContentRootPath, "src", "ChatBot", "wwwroot"),
        ];
        var root = candidates.FirstOrDefault(c => c.Length > 0 && File.Exists(Path.Combine(c, IndexFile)));
        return root is null ? new NullFileProvider() : new PhysicalFileProvider(root);
    }
}
