namespace ChatBot.Tests;

/// <summary>The repository's own seeds, for hosts that need them or a copy they may change.</summary>
internal static class RepositorySeeds
{
    /// <summary>The repository's <c>seeds</c> folder.</summary>
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "seeds");

    /// <summary>Copies every seed file (and the catalog) into <paramref name="target"/>, creating it.</summary>
    public static void CopyTo(string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Folder))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln"))) return dir.FullName;
        }

        throw new DirectoryNotFoundException("repository root not found");
    }
}
