using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Tests.Support;
using ChatBot.Knowledge.Answers.Reading;

namespace ChatBot.Knowledge.Tests.Answers;

public sealed class QuestionIntentTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("which azerbaijani deputy pm was at the talks?", "Person")]
    [InlineData("which pm was at the talks?", "Person")]
    [InlineData("which azerbaijani opposition economist sounded hopeful after washington", "Person")]
    [InlineData("which churchman led the protests?", "Person")]
    [InlineData("what are the names of the four villages?", "Place")]
    [InlineData("what's the total length of the border?", "Quantity")]
    [InlineData("what year did the war end?", "Date")]
    [InlineData("what did the minister say about the talks?", "Thing")]
    public void Parse_NounAfterWhichOrWhat_GivesTheKindOfAnswer(string question, string expected)
    {
        Assert.Equal(expected, Parse(question).AnswerType.ToString());
    }

    [Fact]
    public void Parse_StatusCueAroundItsSubject_KeepsTheSubjectsWords()
    {
        var parsed = Parse("where are armenia and turkey at on normalizing ties");

        Assert.Equal(QuestionIntent.Latest, parsed.Intent);
        Assert.Contains(parsed.Concepts, c => c.Word == "turkey");
        Assert.DoesNotContain(parsed.Concepts, c => c.Word == "at");
    }

    [Theory]
    [InlineData("What's the latest on the border delimitation?", "Latest")]
    [InlineData("Where do things stand on the peace treaty?", "Latest")]
    [InlineData("where are we with the peace deal draft", "Latest")]
    [InlineData("how's the border commission going", "Latest")]
    [InlineData("where are they at with negotiating the treaty text", "Latest")]
    [InlineData("any word on the prisoners?", "Latest")]
    [InlineData("Any update on the Tavush villages?", "Latest")]
    [InlineData("What are the most recent developments on COP29?", "Latest")]
    [InlineData("Timeline of the Lachin corridor", "Timeline")]
    [InlineData("What timeline did Mirzoyan propose in July for signing the treaty?", "Question")]
    [InlineData("How did the talks with Turkey develop?", "Timeline")]
    [InlineData("What changed since March?", "Changes")]
    [InlineData("What happened after the Almaty talks?", "Changes")]
    [InlineData("What is Armenia's position on the EU monitoring mission?", "Position")]
    [InlineData("What did Aliyev say about the constitution?", "Position")]
    [InlineData("Where does Armenia stand on the EU monitoring mission?", "Position")]
    [InlineData("Where do things stand on Armenia's constitution?", "Latest")]
    [InlineData("How do Armenia and Azerbaijan differ on regional communications?", "Comparison")]
    [InlineData("How did Armenia respond to the demands?", "Position")]
    [InlineData("How much of Armenia's sovereign territory has Azerbaijan captured since 2020?", "Question")]
    [InlineData("Who said that the peace agreement is within reach?", "Question")]
    [InlineData("Anything on the border commissions lately?", "Latest")]
    [InlineData("where are armenia and turkey at on normalizing ties", "Latest")]
    [InlineData("what's become of the tavush protest movement", "Latest")]
    [InlineData("any movement on both sides dropping their international lawsuits", "Latest")]
    [InlineData("where does the question of russian border guards on the route stand", "Latest")]
    [InlineData("What has Bayramov been saying lately?", "Position")]
    [InlineData("Are the civil disobedience actions in Yerevan still going on?", "Latest")]
    [InlineData("Where does the border commission's work stand now?", "Latest")]
    [InlineData("Which countries is Armenia buying weapons from these days?", "Question")]
    [InlineData("Who has Mirzoyan been meeting lately?", "Question")]
    [InlineData("where are things with the border commissions these days", "Latest")]
    [InlineData("Where are things with the talks held in Almaty?", "Question")]
    [InlineData("What is currently happening with the border delimitation?", "Latest")]
    [InlineData("How many EU monitors are currently deployed along the border?", "Question")]
    [InlineData("Who currently chairs the OSCE?", "Question")]
    public void Parse_Cues_GiveTheIntent(string question, string expected)
    {
        Assert.Equal(expected, Parse(question).Intent.ToString());
    }

    [Fact]
    public void Parse_RecencyWord_IsNoPartOfTheSubject()
    {
        var parsed = Parse("Anything on the border commissions lately?");

        Assert.DoesNotContain(parsed.Concepts, c => c.Word == "lately");
    }

    [Theory]
    [InlineData("What's Moscow's most recent stance in all this?", "moscow")]
    [InlineData("what's the latest on blinken’s role?", "blinken")]
    public void Parse_Possessive_IsReadAsTheNameItself(string question, string word)
    {
        var parsed = Parse(question);

        Assert.Contains(parsed.Concepts, c => c.Word == word);
        Assert.DoesNotContain(parsed.Concepts, c => c.Word != word && c.Word.StartsWith(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("What's Moscow's most recent stance in all this?", "all")]
    [InlineData("What was the agreement they were hammering out in Virginia actually called?", "out")]
    [InlineData("What was the agreement they were hammering out in Virginia actually called?", "actually")]
    public void Parse_FillerWord_IsNoPartOfTheSubject(string question, string filler)
    {
        Assert.DoesNotContain(Parse(question).Concepts, c => c.Word == filler);
    }

    [Theory]
    [InlineData("What's Mirzoyan been up to most recently?", "recently")]
    [InlineData("What's Mirzoyan been up to most recently?", "most")]
    public void Parse_RecencyPhrase_IsNoPartOfTheSubject(string question, string word)
    {
        var parsed = Parse(question);

        Assert.Equal(QuestionIntent.Latest, parsed.Intent);
        Assert.DoesNotContain(parsed.Concepts, c => c.Word == word);
    }

    [Fact]
    public void Parse_PositionQuestion_SeparatesThePartyFromTheTopic()
    {
        var parsed = Parse("What is Azerbaijan's position on the EU monitoring mission?");

        var party = Assert.Single(parsed.Parties);
        Assert.Equal("azerbaijan", party.Side);
        Assert.Equal("eu-monitoring-mission", parsed.Topic?.Id);
    }

    [Fact]
    public void Parse_ChangesQuestion_SplitsTheAnchorFromTheTopic()
    {
        var parsed = Parse("What changed on the peace treaty since the Almaty talks?");

        Assert.Equal("the Almaty talks", parsed.Anchor);
        Assert.Equal("peace-treaty", parsed.Topic?.Id);
    }

    [Fact]
    public void Parse_CountryAdjective_AlsoMatchesTheCountrysName()
    {
        var russian = Parse("Which Russian news agency did Aliyev give an interview to?").Concepts.Single(c => c.Word == "russian");

        Assert.Contains("russia", russian.Related.Keys);
        Assert.InRange(russian.Related["russia"], 0.1, 0.99);
    }

    [Fact]
    public void Ask_CountryAdjectiveWhereTheSourceUsesItsName_FindsTheSentence()
    {
        var answer = fixture.Ask("Which Russian news agency did Aliyev give an interview to about Armenia's arms purchases?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("RIA Novosti", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    private ParsedQuestion Parse(string question) =>
        fixture.Get<QuestionParser>().Parse(question, null, fixture.Get<KnowledgeIndex>().Current!);
}
