using System.Text.Json;

namespace ChatBot.Knowledge.Data;

/// <summary>Reads the curated JSON data files embedded next to the code that uses them.</summary>
internal static class DataFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static T Load<T>(string fileName)
    {
        var name = $"ChatBot.Knowledge.Data.{fileName}";
        using var stream = typeof(DataFile).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data file {name} is missing.");
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"Embedded data file {name} is empty.");
    }
}
