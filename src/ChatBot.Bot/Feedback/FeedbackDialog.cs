using System.Text.Json;
using ChatBot.Bot.Protocol;
using ChatBot.Bot.State;
using ChatBot.Bot.Turns;

namespace ChatBot.Bot.Feedback;

/// <summary>
/// Feedback that arrives outside a message: Teams' thumbs (<c>invoke</c> <c>message/submitAction</c>) and channel
/// reactions (<c>messageReaction</c>) on one of the bot's answers. Neither gets a reply.
/// </summary>
public sealed class FeedbackDialog(IConversationStateStore states, FeedbackVocabulary words, FeedbackRecorder recorder)
{
    public const string SubmitActionInvoke = "message/submitAction";

    private static readonly JsonElement EmptyBody = JsonSerializer.SerializeToElement(new Dictionary<string, string>());

    /// <summary>True when <paramref name="activity"/> is Teams' feedback invoke.</summary>
    public static bool IsFeedbackInvoke(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.Equals(activity.Name, SubmitActionInvoke, StringComparison.Ordinal)
            && activity.Value is { ValueKind: JsonValueKind.Object } value
            && Str(value, "actionName") == "feedback";
    }

    /// <summary>Records a thumbs click and answers <c>200 {}</c> (never an error: Teams would show one).</summary>
    public async Task<TurnResult> OnFeedbackInvokeAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var actionValue = activity.Value is { } v && v.TryGetProperty("actionValue", out var av) && av.ValueKind == JsonValueKind.Object ? av : default;
        var reaction = words.FromReaction(Str(actionValue, "reaction"));
        var comment = FeedbackText(actionValue);
        if (reaction is not null || comment is not null)
        {
            var answer = states.Load(ConversationKey.For(activity)).FindAnswer(activity.ReplyToId);
            await recorder.RecordAsync(activity, reaction ?? FeedbackReaction.Text, comment, answer, cancellationToken);
        }

        return new TurnResult([], new InvokeResponse(200, EmptyBody));
    }

    /// <summary>Records likes and dislikes among the added reactions; other reactions mean nothing here.</summary>
    public async Task OnReactionAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        foreach (var added in activity.ReactionsAdded ?? [])
        {
            if (words.FromReaction(Str(added, "type")) is not { } reaction) continue;
            var answer = states.Load(ConversationKey.For(activity)).FindAnswer(activity.ReplyToId);
            await recorder.RecordAsync(activity, reaction, null, answer, cancellationToken);
        }
    }

    // Teams sends the comment as a JSON string {"feedbackText": "..."}; take an object too.
    private static string? FeedbackText(JsonElement actionValue)
    {
        if (actionValue.ValueKind != JsonValueKind.Object || !actionValue.TryGetProperty("feedback", out var feedback)) return null;
        var payload = feedback;
        if (feedback.ValueKind == JsonValueKind.String)
        {
            var raw = feedback.GetString() ?? "";
            try
            {
                using var document = JsonDocument.Parse(raw);
                payload = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                return raw.Trim() is { Length: > 0 } plain ? plain : null;
            }
        }

        return Str(payload, "feedbackText")?.Trim() is { Length: > 0 } text ? text : null;
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
