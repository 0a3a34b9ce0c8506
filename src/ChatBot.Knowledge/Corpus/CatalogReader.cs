using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChatBot.Knowledge.Corpus;

/// <summary>
/// Parses <c>catalog.json</c> (<c>{"sources":[{file,title,publisher,author,published,dateBasis,url}]}</c>).
/// Never throws: a broken catalog or entry is reported and the affected files fall back to inferred metadata.
/// </summary>
internal static partial class CatalogReader
{
    public const string FileName = "catalog.json";

    public static Catalog Read(string seedsPath)
    {
        var catalog = new Catalog();
        var path = Path.Combine(seedsPath, FileName);
        if (!File.Exists(path))
        {
            catalog.Notes.Add($"No {FileName}: metadata of every file is inferred.");
            return catalog;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("sources", out var sources)
                || sources.ValueKind != JsonValueKind.Array)
            {
                Reject(catalog, "has no \"sources\" array");
                return catalog;
            }

            var index = 0;
            foreach (var element in sources.EnumerateArray())
            {
                ReadEntry(catalog, element, ++index);
            }
        }
        catch (JsonException ex)
        {
            Reject(catalog, "is not valid JSON (" + FirstLine(ex.Message) + ")");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Reject(catalog, "could not be read (" + FirstLine(ex.Message) + ")");
        }

        return catalog;
    }

    private static void ReadEntry(Catalog catalog, JsonElement element, int index)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            catalog.Skipped.Add(new SkippedSeed(FileName, $"catalog entry {index} is not an object"));
            return;
        }

        var file = Text(element, "file");
        if (file is null)
        {
            catalog.Skipped.Add(new SkippedSeed(FileName, $"catalog entry has no file (entry {index})"));
            return;
        }

        if (!string.Equals(Path.GetFileName(file), file, StringComparison.Ordinal))
        {
            catalog.Skipped.Add(new SkippedSeed(file, "catalog entry's file is not a plain file name"));
            return;
        }

        var published = Text(element, "published");
        if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            catalog.Skipped.Add(new SkippedSeed(file, published is null
                ? "catalog entry has no published date"
                : $"catalog entry has an unparseable date '{published}'"));
            return;
        }

        if (catalog.Entries.ContainsKey(file))
        {
            catalog.Skipped.Add(new SkippedSeed(file, "duplicate catalog entry (the first one is used)"));
            return;
        }

        catalog.Entries[file] = new CatalogEntry(
            file,
            Text(element, "title"),
            DisplayPublisher(Text(element, "publisher")),
            Text(element, "author"),
            date,
            Text(element, "dateBasis"),
            Text(element, "url"));
    }

    /// <summary>"EVN Report (inferred from its related-articles list)" is shown as "EVN Report".</summary>
    internal static string? DisplayPublisher(string? publisher)
    {
        if (publisher is null)
        {
            return null;
        }

        var display = TrailingParenthetical().Replace(publisher, "").Trim();
        return display.Length > 0 ? display : null;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;

    private static void Reject(Catalog catalog, string problem)
    {
        catalog.Skipped.Add(new SkippedSeed(FileName, problem));
        catalog.Notes.Add($"{FileName} {problem}: metadata of every file is inferred.");
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return (newline < 0 ? message : message[..newline]).Trim();
    }

    [GeneratedRegex(@"\s*\([^()]*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingParenthetical();
}
