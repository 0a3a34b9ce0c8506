using System.Text.Json;

namespace ChatBot.Knowledge.Paragraphs;

/// <summary>Reads a curated data file shipped as an embedded resource (<c>ChatBot.Knowledge.Data.&lt;file&gt;</c>).</summary>
internal static class EmbeddedJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static T Read<T>(string fileName)
    {
        var name = "ChatBot.Knowledge.Data." + fileName;
        using var stream = typeof(EmbeddedJson).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data file '{name}' is missing from the assembly.");
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"Embedded data file '{name}' is empty.");
    }
}
