using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Bot.Protocol;

namespace ChatBot.Bot.Tests.Protocol;

public class ActivityJsonTests
{
    [Fact]
    public void Serialize_RoundTrip_KeepsUnknownFields()
    {
        const string json = """
            {"type":"message","id":"1","conversation":{"id":"c1","x-conv":1},"from":{"id":"u1","x-user":"a"},
             "text":"hi","futureField":{"deep":[1,2]},"channelData":{"tenant":{"id":"t"}}}
            """;

        var activity = JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;
        var back = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Options))!;

        Assert.Equal(2, back["futureField"]!["deep"]!.AsArray().Count);
        Assert.Equal(1, back["conversation"]!["x-conv"]!.GetValue<int>());
        Assert.Equal("a", back["from"]!["x-user"]!.GetValue<string>());
        Assert.Equal("t", back["channelData"]!["tenant"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public void Serialize_Reply_OmitsNullsAndUsesCamelCase()
    {
        var reply = new Activity { Type = ActivityTypes.Message, Text = "hello", ReplyToId = "1" };

        var json = JsonSerializer.Serialize(reply, BotJson.Options);

        Assert.Equal("""{"type":"message","replyToId":"1","text":"hello"}""", json);
    }
}
