using ChatBot.Bot.Commands.Admin;
using ChatBot.Bot.Dialogs;
using ChatBot.Bot.Protocol;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace ChatBot.Bot.Tests.Commands.Admin;

public sealed class AdminAuthorizerTests
{
    [Theory]
    [InlineData("29:admin", null, true)]
    [InlineData("29:other", "aad-admin", true)]
    [InlineData("29:other", "aad-other", false)]
    [InlineData("29:ADMIN", null, false)]
    [InlineData(null, null, false)]
    public void IsAllowed_AdminCommand_MatchesFromIdOrAadObjectId(string? id, string? aadObjectId, bool expected)
    {
        var sut = CreateSut("29:admin", " aad-admin ", "");

        var allowed = sut.IsAllowed(Message(new ChannelAccount { Id = id, AadObjectId = aadObjectId }), CommandAccess.Admin);

        Assert.Equal(expected, allowed);
    }

    [Fact]
    public void IsAllowed_NoAdminsConfigured_RefusesAdminCommandsButNotOthers()
    {
        var sut = CreateSut();
        var activity = Message(new ChannelAccount { Id = "" });

        Assert.False(sut.IsAllowed(activity, CommandAccess.Admin));
        Assert.True(sut.IsAllowed(activity, CommandAccess.Everyone));
    }

    [Fact]
    public void IsAllowed_NoSender_Refused()
    {
        Assert.False(CreateSut("29:admin").IsAllowed(new Activity { Type = ActivityTypes.Message }, CommandAccess.Admin));
    }

    [Fact]
    public void IsAllowed_ListChangedAtRuntime_AppliesAtOnce()
    {
        var options = new AdminOptions();
        var monitor = Substitute.For<IOptionsMonitor<AdminOptions>>();
        monitor.CurrentValue.Returns(options);
        var sut = new AdminAuthorizer(monitor);
        var activity = Message(new ChannelAccount { Id = "u1" });
        Assert.False(sut.IsAllowed(activity, CommandAccess.Admin));

        options.UserIds.Add("u1");

        Assert.True(sut.IsAllowed(activity, CommandAccess.Admin));
    }

    private static AdminAuthorizer CreateSut(params string[] ids)
    {
        var options = new AdminOptions();
        foreach (var id in ids) options.UserIds.Add(id);
        var monitor = Substitute.For<IOptionsMonitor<AdminOptions>>();
        monitor.CurrentValue.Returns(options);
        return new AdminAuthorizer(monitor);
    }

    private static Activity Message(ChannelAccount from) => new() { Type = ActivityTypes.Message, From = from, Text = "reindex" };
}
