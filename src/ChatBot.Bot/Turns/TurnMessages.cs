namespace ChatBot.Bot.Turns;

/// <summary>What the turn boundary says to the user when it answers instead of the bot's logic.</summary>
public static class TurnMessages
{
    /// <summary>The apology for a turn that failed.</summary>
    public const string Apology = "Sorry, something went wrong on my side. Please try again in a moment.";

    /// <summary>The answer to a user over <c>Bot:RateLimit:PerUserPerMinute</c>.</summary>
    public const string SlowDown = "You're sending messages faster than I can answer; please wait a moment.";
}
