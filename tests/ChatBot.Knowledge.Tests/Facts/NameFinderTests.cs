using ChatBot.Knowledge.Facts;

namespace ChatBot.Knowledge.Tests.Facts;

public class NameFinderTests
{
    private static IReadOnlyList<EntityMention> Find(string sentence) =>
        NameFinder.Default.Find(sentence, Gazetteer.LoadDefault().FindMentions(sentence));

    [Fact]
    public void Find_UnknownFullName_ReturnsGuessedPerson()
    {
        var mention = Assert.Single(Find("The talks were praised by Davit Harutyunyan in an interview."));

        Assert.Equal("Davit Harutyunyan", mention.Name);
        Assert.Equal(EntityKind.Person, mention.Kind);
        Assert.False(mention.IsKnown);
    }

    [Fact]
    public void Find_NameAfterRoleWord_ReturnsPerson()
    {
        var mention = Assert.Single(Find("The talks were led by Deputy Foreign Minister Vahan Kostanyan on Monday."));

        Assert.Equal("Vahan Kostanyan", mention.Name);
        Assert.Equal(EntityKind.Person, mention.Kind);
    }

    [Fact]
    public void Find_OrganisationSuffix_ReturnsOrganization()
    {
        var mention = Assert.Single(Find("The plan was criticised by the Hayastan Policy Institute yesterday."));

        Assert.Equal(EntityKind.Organization, mention.Kind);
    }

    [Theory]
    [InlineData("However, the talks went on.")]
    [InlineData("The sides met on Monday in May.")]
    [InlineData("Ararat Mirzoyan met Jeyhun Bayramov.")]
    [InlineData("US Secretary of State Antony Blinken spoke.")]
    public void Find_CommonCapitalisedWordsOrKnownNames_ReturnsNothing(string sentence)
    {
        Assert.Empty(Find(sentence));
    }
}
