using ChatBot.Bot.Protocol;

namespace ChatBot.Tests.Protocol;

internal sealed record PostedActivity(string Url, string? Authorization, Activity Activity, string Json);
