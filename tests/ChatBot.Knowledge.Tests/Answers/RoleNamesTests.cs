using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Tests.Support;
using ChatBot.Knowledge.Answers.Reading;

namespace ChatBot.Knowledge.Tests.Answers;

public sealed class RoleNamesTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("What did the Turkish leader say?", "Recep Tayyip Erdogan")]
    [InlineData("Where did Azerbaijan's foreign minister meet Blinken?", "Jeyhun Bayramov")]
    [InlineData("Who is the top security official in Yerevan?", "Armen Grigoryan")]
    [InlineData("What did the cleric demand?", "Bagrat Galstanyan")]
    [InlineData("What did the top US diplomat say?", "Antony Blinken")]
    [InlineData("What did the Armenian ministry spokeswoman clarify about Russian guards?", "Ani Badalyan")]
    [InlineData("And what did the analyst in Yerevan think?", "Tigran Grigoryan")]
    [InlineData("What did Armenia's deputy PM say about the next meeting?", "Mher Grigoryan")]
    [InlineData("who's yerevan's envoy in france", "Hasmik Tolmajyan")]
    [InlineData("what did armenia's envoy on the turkey track say?", "Ruben Rubinyan")]
    public void Find_RoleWithOrWithoutSide_NamesTheHolder(string question, string expected)
    {
        var found = RoleNames.Default.Find(question, Gazetteer.LoadDefault());

        var people = Assert.Single(found).People;
        Assert.Equal(expected, Assert.Single(people).Name);
    }

    [Fact]
    public void Find_ArmenianPremier_LeavesOutTheDeputyPrimeMinister()
    {
        var found = RoleNames.Default.Find("the Armenian premier", Gazetteer.LoadDefault());

        Assert.DoesNotContain(found.SelectMany(f => f.People), p => p.Name == "Mher Grigoryan");
    }

    [Theory]
    [InlineData("when was the 3-way deputy pm group on transport set up?")]
    [InlineData("what did the foreign minister level talks agree?")]
    public void Find_RoleDescribingABody_StandsForNoOne(string question)
    {
        Assert.Empty(RoleNames.Default.Find(question, Gazetteer.LoadDefault()));
    }

    [Fact]
    public void Holders_OneRoleAskedForASide_CountsKnownHoldersOfOtherRolesAsNoAnswer()
    {
        var (holders, noAnswer) = RoleNames.Default.Holders("who's the azerbaijani deputy pm handling the transport talks?", Gazetteer.LoadDefault());

        Assert.Empty(holders);
        Assert.Contains("Mher Grigoryan", noAnswer);
        Assert.Contains("Ararat Mirzoyan", noAnswer);
        Assert.Contains("Jeyhun Bayramov", noAnswer);
    }

    [Theory]
    [InlineData("who's yerevan's envoy in france", "Tolmajyan")]
    [InlineData("what did Yerevan's envoy in France say about the peace process?", "Tolmajyan")]
    public void Ask_RoleNarrowedByAPlaceInItsTitle_LeadsWithItsHolder(string question, string holder)
    {
        var answer = fixture.Ask(question);

        Assert.Contains(holder, answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_EnvoyOfASide_StandsForItsSpecialEnvoyAndItsAmbassador()
    {
        var found = RoleNames.Default.Find("What did Armenia's envoy say?", Gazetteer.LoadDefault());

        Assert.Equal(["Hasmik Tolmajyan", "Ruben Rubinyan"], Assert.Single(found).People.Select(p => p.Name).Order());
    }

    [Theory]
    [InlineData("What was Baku's top diplomat's view?", "Baku's top diplomat")]
    [InlineData("What did the top US diplomat say?", "top US diplomat")]
    public void Find_RoleWithItsSideWord_SpansBoth(string question, string expected)
    {
        var found = Assert.Single(RoleNames.Default.Find(question, Gazetteer.LoadDefault()));

        Assert.Equal(expected, found.Span.Of(question));
    }

    [Fact]
    public void Ask_RoleWithTheSideInside_AnswersWithWhatItsHolderSaid()
    {
        var answer = fixture.Ask("what did the top US diplomat say about how close the two sides are to a deal?");

        Assert.NotEmpty(answer.Citations);
        Assert.Contains("within reach", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_MinisterDescribedByNationality_AnswersWithTheirName()
    {
        var answer = fixture.Ask("Which Maltese minister spoke at a press conference with Mirzoyan?");

        Assert.NotEmpty(answer.Citations);
        Assert.Contains("Borg", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_SideWordOneEditFromASourceWord_IsReadAsTyped()
    {
        var answer = fixture.Ask("What did the Kazakh foreign minister say after the Almaty round ended?");

        Assert.DoesNotContain("gazakh", answer.Focus!.Terms);
    }

    [Theory]
    [InlineData("whos rubinyan again", "Special Envoy")]
    [InlineData("who is tigran grigoryan?", "Political scientist")]
    public void Ask_WhoIsAKnownPerson_AnswersWithTheSentenceGivingTheirTitle(string question, string title)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains(title, answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who is france's ambassador to armenia?")]
    [InlineData("what's the name of kazakhstan's president who welcomed the ministers?")]
    [InlineData("who's the azerbaijani deputy pm handling the transport talks?")]
    public void Ask_RoleOfASideNoOneKnownHolds_IsNotAnsweredWithAnotherSidesHolder(string question)
    {
        var answer = fixture.Ask(question);

        Assert.NotEqual(AnswerKind.Answered, answer.Kind);
    }

    [Fact]
    public void Ask_WhoHeldTheRoleBeforeTheHolderTheQuestionNames_IsNotAnsweredWithTheOtherSidesHolder()
    {
        var answer = fixture.Ask("who was azerbaijan's foreign minister before bayramov");

        Assert.NotEqual(AnswerKind.Answered, answer.Kind);
    }

    [Fact]
    public void Ask_RoleOfASideItsHolderIsKnownFor_IsAnsweredWithTheHolder()
    {
        var answer = fixture.Ask("who is armenia's ambassador to france?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Tolmajyan", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhoHoldsARoleForASide_AnswersWithThatSidesHolderNotAnotherSides()
    {
        var answer = fixture.Ask("who is the turkish envoy for the armenia talks?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Kilic", answer.Lines[0].Quote, StringComparison.Ordinal);
    }
}
