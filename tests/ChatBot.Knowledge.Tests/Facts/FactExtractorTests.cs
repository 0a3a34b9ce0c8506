using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Tests.Facts;

public class FactExtractorTests
{
    private static readonly DateOnly Published = new(2024, 12, 20);

    private static IReadOnlyList<Fact> Extract(string article, string paragraph, string? section = null)
    {
        var start = article.IndexOf(paragraph, StringComparison.Ordinal);
        var block = new Block(BlockKind.Body, article, start, paragraph.Length, section);
        var sentences = SentenceSplitter.Default.Split(paragraph).Select(s => new TextSpan(s.Start + start, s.Length)).ToList();
        var sut = new FactExtractor(Gazetteer.LoadDefault(), TopicCatalog.LoadDefault());
        return sut.ExtractParagraph(article, block, sentences, Published);
    }

    [Fact]
    public void ExtractParagraph_OneFactPerSentence_WithArticleSpans()
    {
        const string paragraph = "On May 24, border guards were deployed. They guard 1.9 km in Berkaber.";
        var article = "Headline\n" + paragraph;

        var facts = Extract(article, paragraph, "Border Delimitation");

        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => Assert.Equal(f.Text, f.Span.Of(article)));
        Assert.Equal(new DateOnly(2024, 5, 24), Assert.Single(facts[0].Dates).Date);
        Assert.Equal("km", Assert.Single(facts[1].Quantities).Unit);
        Assert.Contains("border-delimitation", facts[0].Topics);
        Assert.Contains(facts[1].Entities, e => e.Name == "Berkaber" && e.Kind == EntityKind.Place);
    }

    [Fact]
    public void ExtractParagraph_PronounAndQuoteContinuation_CarrySpeaker()
    {
        const string paragraph = "In September, Sergey Lavrov criticized Armenia. He accused Armenia of sabotage. Pashinyan stated, “We are ready. This is our obligation.”";

        var facts = Extract(paragraph, paragraph);

        Assert.Equal(["Sergey Lavrov", "Sergey Lavrov", "Nikol Pashinyan", "Nikol Pashinyan"], facts.Select(f => f.Speaker));
    }

    [Fact]
    public void ExtractParagraph_BareSharedSurname_ResolvesToFullNameEarlierInArticle()
    {
        const string first = "Political scientist Tigran Grigoryan said the talks were a setback.";
        const string second = "Grigoryan said in an op-ed that peace needs guarantees.";
        var article = first + "\n" + second;

        var fact = Assert.Single(Extract(article, second));

        Assert.Equal("Tigran Grigoryan", fact.Speaker);
        Assert.Contains(fact.Entities, e => e.Name == "Tigran Grigoryan" && e.IsKnown);
    }

    [Fact]
    public void ExtractParagraph_StatementOfAzerbaijansForeignMinistry_IsAttributedToIt()
    {
        const string sentence = "In its statement, Azerbaijan's Foreign Ministry said: \"We note with satisfaction that the negotiations have been concluded.\"";

        var fact = Assert.Single(Extract(sentence, sentence));

        Assert.Equal("Azerbaijani Foreign Ministry", fact.Speaker);
    }

    [Fact]
    public void ExtractParagraph_DateInsideNamedDocument_IsNotAnEventDate()
    {
        const string paragraph = "The dispute concerns Article 9 of the November 9 trilateral statement, which ended the 2020 Artsakh War.";

        var fact = Assert.Single(Extract(paragraph, paragraph));

        Assert.Empty(fact.Dates);
        Assert.Empty(fact.Quantities);
        Assert.Contains(fact.Entities, e => e.Name == "November 9 trilateral statement" && e.Kind == EntityKind.Other);
    }

    [Fact]
    public void ExtractParagraph_ClosingQuoteWithoutOpening_AttributesEarlierSentences()
    {
        const string paragraph = "I think we are within reach of an agreement. The last mile is the hardest,” Blinken said during the closing session.";

        var facts = Extract(paragraph, paragraph);

        Assert.All(facts, f => Assert.Equal("Antony Blinken", f.Speaker));
    }
}
