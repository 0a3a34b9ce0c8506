namespace ChatBot.Knowledge.Tests.Corpus;

/// <summary>Locates the repository's seeds folder and reads seed files for tests.</summary>
internal static class SeedsFolder
{
    public static string Path { get; } = Find();

    public static string ReadSeed(string prefix)
    {
        var file = Directory.GetFiles(Path, prefix + "_*.txt").Single();
        return File.ReadAllText(file);
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "seeds");
            if (File.Exists(System.IO.Path.Combine(candidate, "catalog.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("seeds folder not found above " + AppContext.BaseDirectory);
    }
}
