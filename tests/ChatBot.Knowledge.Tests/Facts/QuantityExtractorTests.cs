using ChatBot.Knowledge.Facts;

namespace ChatBot.Knowledge.Tests.Facts;

public class QuantityExtractorTests
{
    private static Quantity Single(string sentence) => Assert.Single(QuantityExtractor.Default.Extract(sentence));

    [Theory]
    [InlineData("Both sides delimited a 12-kilometer section of the border.", 12, "km", "12-kilometer")]
    [InlineData("Baku declared it reclaimed 6.5 sq/km of its territory.", 6.5, "km2", "6.5 sq/km")]
    [InlineData("They have captured at least 215 square kilometers of territory.", 215, "km2", "215 square kilometers")]
    [InlineData("This includes 1.9 km in Berkaber.", 1.9, "km", "1.9 km")]
    [InlineData("The sides agreed on nearly 80% of the points.", 80, "percent", "80%")]
    [InlineData("The sides agreed on 80 percent of the points.", 80, "percent", "80 percent")]
    [InlineData("Armenia handed over four villages to Azerbaijan.", 4, "village", "four villages")]
    [InlineData("Armenia handed over four abandoned villages to Azerbaijan.", 4, "village", "four abandoned villages")]
    [InlineData("Structures were handed over as well as 50 plots of farmland.", 50, "plot", "50 plots of farmland")]
    [InlineData("The movement has seen tens of thousands of protesters on the streets.", 10000, "protester", "tens of thousands of protesters")]
    [InlineData("The ICRC has been unable to transport patients for 11 days.", 11, "day", "11 days")]
    [InlineData("The ICRC has only transferred patients to Armenia three times.", 3, "time", "three times")]
    [InlineData("Yet more than 30 people are awaiting medical treatment.", 30, "person", "30 people")]
    public void Extract_NumberWithUnit_ReturnsValueAndNormalisedUnit(string sentence, double value, string unit, string text)
    {
        var quantity = Single(sentence);

        Assert.Equal((decimal)value, quantity.Value);
        Assert.Equal(unit, quantity.Unit);
        Assert.Equal(text, sentence.Substring(quantity.Span.Start, quantity.Span.Length));
        Assert.False(quantity.IsOrdinal);
    }

    [Fact]
    public void Extract_CurrencyWithMultiplier_ReturnsFullAmountInUsd()
    {
        var quantity = Single("Azerbaijan estimates over $150 billion in damages.");

        Assert.Equal(150_000_000_000m, quantity.Value);
        Assert.Equal("usd", quantity.Unit);
    }

    [Fact]
    public void Extract_OutOfTotal_TakesUnitOfPrecedingCount()
    {
        var quantities = QuantityExtractor.Default.Extract("Only two unresolved articles remain out of 17.");

        Assert.Equal([2m, 17m], quantities.Select(q => q.Value));
        Assert.All(quantities, q => Assert.Equal("article", q.Unit));
    }

    [Theory]
    [InlineData("The sides are currently working on the 11th draft of the peace treaty.", 11, "draft")]
    [InlineData("The envoys met for their fifth round of talks.", 5, "round")]
    public void Extract_Ordinal_IsMarkedOrdinal(string sentence, int rank, string unit)
    {
        var quantity = Single(sentence);

        Assert.True(quantity.IsOrdinal);
        Assert.Equal(rank, quantity.Value);
        Assert.Equal(unit, quantity.Unit);
    }

    [Theory]
    [InlineData("The protocol was based on a 1976 topographic map.")]
    [InlineData("This stems from Article 9 of the statement.")]
    [InlineData("Repairs reached the H-26 highway.")]
    [InlineData("Azerbaijan hosted COP29 in Baku.")]
    [InlineData("It is one of the most disputed issues.")]
    public void Extract_IdentifiersAndYears_ReturnsNothing(string sentence)
    {
        Assert.Empty(QuantityExtractor.Default.Extract(sentence));
    }

    [Fact]
    public void Extract_ExcludedSpan_IsSkipped()
    {
        const string sentence = "Guards were deployed on May 24 along 4.9 km.";
        var day = sentence.IndexOf("May 24", StringComparison.Ordinal);

        var quantities = QuantityExtractor.Default.Extract(sentence, [new(day, 6)]);

        Assert.Equal("km", Assert.Single(quantities).Unit);
    }
}
