using ChatBot.Knowledge.Facts;

namespace ChatBot.Knowledge.Tests.Facts;

public class GazetteerTests
{
    private static readonly Gazetteer Sut = Gazetteer.LoadDefault();

    [Fact]
    public void LoadDefault_EveryEntry_HasNameAndNoBlankAlias()
    {
        Assert.True(Sut.Entries.Count > 100);
        Assert.All(Sut.Entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Name));
            Assert.All(e.Aliases, a => Assert.False(string.IsNullOrWhiteSpace(a)));
        });
    }

    [Fact]
    public void LoadDefault_NamesAndAliases_DoNotCollideAcrossEntries()
    {
        var owners = Sut.Entries
            .SelectMany(e => e.Aliases.Prepend(e.Name).Select(a => (Key: a.Length <= 4 ? a : a.ToUpperInvariant(), e.Name)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => g.Key)
            .ToList();

        Assert.Empty(owners);
    }

    [Theory]
    [InlineData("Blinken met Mirzoyan.", "Ararat Mirzoyan", "Mirzoyan")]
    [InlineData("Trucks cannot pass the Berdzor Corridor.", "Lachin Corridor", "Berdzor Corridor")]
    [InlineData("Access to Nakhichevan is demanded.", "Nakhchivan", "Nakhichevan")]
    [InlineData("The borders rest on the 1991 Alma Ata declaration.", "Alma-Ata Declaration", "1991 Alma Ata declaration")]
    [InlineData("The European Union Monitoring Mission (EUMA) patrols.", "EU Monitoring Mission", "European Union Monitoring Mission")]
    [InlineData("Remarks by Sergei Lavrov in Baku.", "Sergey Lavrov", "Sergei Lavrov")]
    [InlineData("Armenia’s Foreign Ministry clarified.", "Armenian Foreign Ministry", "Armenia’s Foreign Ministry")]
    [InlineData("The blockade of Artsakh continued.", "Nagorno-Karabakh", "Artsakh")]
    public void FindMentions_Alias_ReturnsCanonicalNameWithSpan(string text, string name, string spanText)
    {
        var mention = Sut.FindMentions(text).First(m => m.Name == name);

        Assert.Equal(spanText, text.Substring(mention.Span.Start, mention.Span.Length));
        Assert.True(mention.IsKnown);
    }

    [Fact]
    public void FindMentions_LongerNameContainingShorter_PrefersLongest()
    {
        var mentions = Sut.FindMentions("Both sides dissolved the OSCE Minsk Group.");

        Assert.Equal("OSCE Minsk Group", Assert.Single(mentions).Name);
    }

    [Fact]
    public void FindMentions_ShortAliasInLowerCase_IsNotMatched()
    {
        var mentions = Sut.FindMentions("Let us see how the talks go.");

        Assert.Empty(mentions);
    }

    [Fact]
    public void FindMentions_Person_CarriesRoleAndSide()
    {
        var mention = Assert.Single(Sut.FindMentions("Ararat Mirzoyan spoke."));

        Assert.Equal(EntityKind.Person, mention.Kind);
        Assert.Equal("armenia", mention.Side);
        Assert.Equal("Foreign Minister of Armenia", mention.Role);
    }

    [Fact]
    public void FindMentions_SharedSurnameAlone_IsNotGuessed()
    {
        var mentions = Sut.FindMentions("Grigoryan said the talks failed.");

        Assert.Empty(mentions);
    }
}
