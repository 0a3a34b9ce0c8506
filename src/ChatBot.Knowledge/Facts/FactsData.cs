using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Knowledge.Facts;

/// <summary>Reads the curated JSON files embedded as "ChatBot.Knowledge.Data.&lt;file&gt;".</summary>
internal static class FactsData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static T Load<T>(string fileName)
    {
        var name = "ChatBot.Knowledge.Data." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data file '{name}' is missing.");
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"Embedded data file '{name}' is empty.");
    }
}
