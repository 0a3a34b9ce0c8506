using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Answers.Reading;

namespace ChatBot.Knowledge.Tests.Answers;

public sealed class RelatedWordsTests
{
    [Theory]
    [InlineData("come", "came")]
    [InlineData("held", "hold")]
    [InlineData("present", "gift")]
    [InlineData("headway", "progress")]
    [InlineData("demonstrations", "protests")]
    [InlineData("awaiting", "waiting")]
    [InlineData("km", "kilometer")]
    [InlineData("stretch", "section")]
    [InlineData("now", "currently")]
    [InlineData("mood", "atmosphere")]
    [InlineData("upbeat", "optimistic")]
    [InlineData("predict", "speculated")]
    [InlineData("plan", "initiative")]
    [InlineData("skip", "attend")]
    [InlineData("hand", "gifted")]
    [InlineData("overseeing", "oversight")]
    [InlineData("round", "talks")]
    public void Of_CuratedWord_ListsItsRelatedWordsAtLessThanFullWeight(string word, string related)
    {
        var share = RelatedWords.Default.Of(word)[related];

        Assert.InRange(share, 0.1, 0.99);
    }

    [Fact]
    public void Share_SentenceWithOnlyARelatedWord_EarnsLessThanTheWordItself()
    {
        var concept = new Concept("present", ["present"], 2, FromFocus: false) { Related = new Dictionary<string, double> { ["gift"] = 0.5 } };

        Assert.Equal(1, concept.Share(new HashSet<string> { "present" }));
        Assert.Equal(0.5, concept.Share(new HashSet<string> { "gift" }));
        Assert.Equal(0, concept.Share(new HashSet<string> { "map" }));
    }
}
