using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Bot.Protocol;

/// <summary>Reads and checks the body of <c>POST /api/messages</c> without trusting its size or shape.</summary>
internal static class ActivityReader
{
    public static async Task<ActivityReadResult> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return ActivityReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {maxBytes} bytes.");
        }

        var body = await ReadLimitedAsync(request.Body, maxBytes, cancellationToken);
        if (body is null)
        {
            return ActivityReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {maxBytes} bytes.");
        }

        return Parse(body.Value);
    }

    public static ActivityReadResult Parse(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            return ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "The body is empty.");
        }

        Activity? activity;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "The body is not a JSON object.");
            }

            activity = document.RootElement.Deserialize<Activity>(BotJson.Options);
        }
        catch (JsonException)
        {
            return ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "The body is not a valid activity.");
        }

        if (string.IsNullOrWhiteSpace(activity?.Type))
        {
            return ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "The activity has no type.");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "The activity has no conversation.id.");
        }

        return ActivityReadResult.Ok(activity);
    }

    /// <summary>The body, or null when it exceeds <paramref name="maxBytes"/> (a missing or lying Content-Length).</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadLimitedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var memory = buffer.GetMemory(16 * 1024);
            var read = await body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return null;
            }
        }
    }
}
