using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Bot.Protocol;

/// <summary>The JSON settings of the wire protocol: camelCase, nulls omitted.</summary>
public static class BotJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
