using System.Text.Json;

namespace ChatBot.Bot.Storage;

/// <summary>Reads the curated JSON data files compiled into this assembly.</summary>
internal static class EmbeddedData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public static T Load<T>(string fileName)
    {
        var name = "ChatBot.Bot.Data." + fileName;
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data file {name} is missing from the build.");
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"Embedded data file {name} is empty.");
    }
}
