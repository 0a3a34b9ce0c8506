using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Knowledge.Data;

/// <summary>Reads the curated JSON data files (<c>Data/*.json</c>, embedded as <c>ChatBot.Knowledge.Data.&lt;file&gt;</c>): the one loader for all of them.</summary>
internal static class DataFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
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
