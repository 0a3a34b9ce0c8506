using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatBot.Benchmarks.Corpus;

/// <summary>
/// Writes a synthetic seeds folder of a requested size from the repository's seeds: each file is one seed with its
/// numbers, years and people varied, so every file has its own facts while the text still reads like the originals.
/// Deterministic for a given size and seed.
/// </summary>
internal static partial class SyntheticCorpus
{
    /// <summary>Writes about <paramref name="paragraphs"/> paragraphs (lines after the headline) into <paramref name="target"/>.</summary>
    /// <returns>The number of files and paragraphs written.</returns>
    public static (int Files, int Paragraphs) Write(string seedsPath, string target, int paragraphs, int seed = 7)
    {
        var templates = Templates(seedsPath);
        var people = People();
        var random = new Random(seed);
        Directory.CreateDirectory(target);
        var catalog = new JsonArray();
        var written = 0;
        var files = 0;
        while (written < paragraphs)
        {
            var template = templates[files % templates.Count];
            var yearShift = random.Next(-4, 2);
            var text = Vary(template.Text, yearShift, Shuffled(people, random), random);
            var file = $"{files:D6}_{Path.GetFileNameWithoutExtension(template.File)}.txt";
            File.WriteAllText(Path.Combine(target, file), text, new UTF8Encoding(false));
            catalog.Add(new JsonObject
            {
                ["file"] = file,
                ["title"] = $"{template.Title} ({files.ToString(CultureInfo.InvariantCulture)})",
                ["publisher"] = template.Publisher,
                ["published"] = template.Published.AddYears(yearShift).AddDays(-random.Next(0, 90)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["dateBasis"] = "synthetic",
            });
            written += template.Paragraphs;
            files++;
        }

        File.WriteAllText(Path.Combine(target, "catalog.json"), new JsonObject { ["sources"] = catalog }.ToJsonString());
        return (files, written);
    }

    private static List<Template> Templates(string seedsPath)
    {
        using var catalog = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(seedsPath, "catalog.json")));
        return catalog.RootElement.GetProperty("sources").EnumerateArray()
            .Select(e => (File: e.GetProperty("file").GetString()!, Entry: e))
            .Where(e => File.Exists(Path.Combine(seedsPath, e.File)))
            .Select(e =>
            {
                var text = File.ReadAllText(Path.Combine(seedsPath, e.File));
                var lines = text.Split('\n').Count(l => !string.IsNullOrWhiteSpace(l)) - 1;
                return new Template(
                    e.File,
                    text,
                    e.Entry.GetProperty("title").GetString() ?? e.File,
                    e.Entry.TryGetProperty("publisher", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null,
                    DateOnly.ParseExact(e.Entry.GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Math.Max(1, lines));
            })
            .ToList();
    }

    // Surnames of the gazetteer's people: swapping them keeps names recognisable while changing who said what.
    private static string[] People()
    {
        var path = Path.Combine(AnswerBenchmarks.FindRoot(), "src", "ChatBot.Knowledge", "Data", "gazetteer.json");
        using var gazetteer = JsonDocument.Parse(File.ReadAllBytes(path));
        return gazetteer.RootElement.GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "person")
            .Select(e => e.GetProperty("name").GetString()!.Split(' ')[^1])
            .Where(s => s.Length > 3)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    private static Dictionary<string, string> Shuffled(string[] people, Random random)
    {
        var shuffled = people.ToArray();
        random.Shuffle(shuffled);
        return people.Zip(shuffled).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    private static string Vary(string text, int yearShift, Dictionary<string, string> people, Random random)
    {
        var varied = Number().Replace(text, m => VaryNumber(m.Value, yearShift, random));
        return Word().Replace(varied, m => people.TryGetValue(m.Value, out var other) ? other : m.Value);
    }

    private static string VaryNumber(string digits, int yearShift, Random random)
    {
        var value = int.Parse(digits, CultureInfo.InvariantCulture);
        if (digits.Length == 4 && value is >= 1900 and <= 2030) return (value + yearShift).ToString(CultureInfo.InvariantCulture);
        if (digits.Length <= 2 && value is >= 1 and <= 31) return digits; // days of the month stay valid
        var low = (int)Math.Pow(10, digits.Length - 1);
        return random.Next(low, low * 10).ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<![\d.,])\d{1,6}(?![\d])")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b[A-Z][a-z]+\b")]
    private static partial Regex Word();

    private sealed record Template(string File, string Text, string Title, string? Publisher, DateOnly Published, int Paragraphs);
}
