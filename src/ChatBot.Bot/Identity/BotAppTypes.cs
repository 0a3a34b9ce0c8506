namespace ChatBot.Bot.Identity;

/// <summary>Values of <c>MicrosoftAppType</c>.</summary>
public static class BotAppTypes
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";
}
