namespace ChatBot.Bot.Turns;

/// <summary>What the turn boundary says to the user when it answers instead of the bot's logic.</summary>
internal static class TurnMessages
{
    public const string Apology = "Sorry, something went wrong on my side. Please try again in a moment.";

    public const string SlowDown = "You're sending messages faster than I can answer; please wait a moment.";
}
