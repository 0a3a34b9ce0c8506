namespace ChatBot.Bot.Protocol;

/// <summary>An inbound activity, or the status and short reason it was refused with.</summary>
internal sealed record ActivityReadResult(Activity? Activity, int Status, string? Problem)
{
    public static ActivityReadResult Ok(Activity activity) => new(activity, 200, null);

    public static ActivityReadResult Fail(int status, string problem) => new(null, status, problem);
}
