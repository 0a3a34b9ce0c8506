using ChatBot.Knowledge.Facts;

namespace ChatBot.Knowledge.Tests.Facts;

public class SpeakerAttributorTests
{
    private static readonly Gazetteer Places = Gazetteer.LoadDefault();

    private static string? Attribute(string sentence, params string[] recentPeople)
    {
        var known = Places.FindMentions(sentence);
        var entities = known.Concat(NameFinder.Default.Find(sentence, known)).OrderBy(e => e.Span.Start).ToList();
        return new SpeakerAttributor(Places).Attribute(sentence, entities, recentPeople);
    }

    [Theory]
    [InlineData("“The process is continuing,” Mirzoyan said during a press conference.", "Ararat Mirzoyan")]
    [InlineData("“They agreed on the declaration,” explained Mirzoyan who recounted the talks.", "Ararat Mirzoyan")]
    [InlineData("‘The final stage is always very difficult’, wrote Jafarli on Facebook.", "Natig Jafarli")]
    [InlineData("Armen Grigoryan, Secretary of the Security Council of Armenia, told reporters on Tuesday that talks stalled.", "Armen Grigoryan")]
    [InlineData("Hasmik Tolmajyan, the Armenian ambassador in Paris said, “Armenia has shown its hope.”", "Hasmik Tolmajyan")]
    [InlineData("Azerbaijan’s ambassador in Paris, Leyla Abdullayeva, said that the sides agreed on 80% of the points.", "Leyla Abdullayeva")]
    [InlineData("Blinken, who mediated talks, stated on Friday that progress had been made.", "Antony Blinken")]
    [InlineData("Pashinyan has repeatedly stated Armenia’s readiness to grant passage.", "Nikol Pashinyan")]
    [InlineData("Erdogan’s office stated that Turkey supports lasting peace.", "Recep Tayyip Erdogan")]
    [InlineData("On Saturday, the Armenian foreign ministry announced that the sides agreed to continue talks.", "Armenian Foreign Ministry")]
    [InlineData("According to a press release from Pashinyan’s office, the leaders discussed agreements.", "Nikol Pashinyan")]
    [InlineData("Bayramov was also optimistic, stating that they had taken one step forward.", "Jeyhun Bayramov")]
    public void Attribute_QuoteOrReportedSpeech_ReturnsCanonicalSpeaker(string sentence, string speaker)
    {
        Assert.Equal(speaker, Attribute(sentence));
    }

    [Fact]
    public void Attribute_HePronoun_ResolvesToMostRecentMan()
    {
        Assert.Equal("Ilham Aliyev", Attribute("He also warned of disastrous consequences.", "Maria Zakharova", "Ilham Aliyev"));
    }

    [Fact]
    public void Attribute_ShePronoun_SkipsMen()
    {
        Assert.Equal("Maria Zakharova", Attribute("She said that Yerevan and Baku had agreed to the meeting.", "Nikol Pashinyan", "Maria Zakharova"));
    }

    [Fact]
    public void Attribute_RoleNoun_ResolvesToRecentPersonWithThatRole()
    {
        Assert.Equal("Nikol Pashinyan", Attribute("The prime minister emphasized that this was a misinterpretation.", "Ilham Aliyev", "Nikol Pashinyan"));
    }

    [Theory]
    [InlineData("Both Yerevan and Baku have repeatedly announced significant progress.")]
    [InlineData("The sides agreed to continue talks, according to the statement.")]
    [InlineData("Armenia handed over four villages.")]
    public void Attribute_NoPersonOrOrganisationSpeaking_ReturnsNull(string sentence)
    {
        Assert.Null(Attribute(sentence, "Nikol Pashinyan"));
    }

    [Fact]
    public void Attribute_VerbInsideQuote_IsIgnored()
    {
        Assert.Equal("Ararat Mirzoyan", Attribute("“Blinken has repeatedly stated our view,” Mirzoyan said."));
    }
}
