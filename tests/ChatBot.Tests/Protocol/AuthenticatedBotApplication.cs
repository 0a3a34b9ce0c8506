namespace ChatBot.Tests.Protocol;

/// <summary>The host with a single-tenant app id: every call to /api/messages needs a valid token.</summary>
public class AuthenticatedBotApplication : BotApplication
{
    public const string AppId = "2b7a0d3e-0000-4000-8000-00000000b07a";
    public const string TenantId = "7c1f0000-0000-4000-8000-0000000fe11a";

    protected override Dictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["MicrosoftAppType"] = "SingleTenant";
            settings["MicrosoftAppId"] = AppId;
            settings["MicrosoftAppPassword"] = "not-used";
            settings["MicrosoftAppTenantId"] = TenantId;
            return settings;
        }
    }
}
