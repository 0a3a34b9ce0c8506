namespace ChatBot.Hosting;

/// <summary>
/// Finds the folder that holds appsettings.json, so that <c>dotnet run --project src/ChatBot</c>, the build output
/// and the tests all read one configuration file and resolve relative paths against it.
/// </summary>
internal static class AppRoot
{
    private const string SettingsFile = "appsettings.json";

    public static string Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                // The repository root has the settings and the solution; build output has only the settings copy.
                if (File.Exists(Path.Combine(dir.FullName, SettingsFile)) && File.Exists(Path.Combine(dir.FullName, "ChatBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return File.Exists(Path.Combine(Directory.GetCurrentDirectory(), SettingsFile))
            ? Directory.GetCurrentDirectory()
            : AppContext.BaseDirectory;
    }
}
