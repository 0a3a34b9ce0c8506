using ChatBot.Bot.Rendering;

namespace ChatBot.Bot.Tests.Rendering;

public sealed class PassageTrimmerTests
{
    private const string Passage = "The two foreign ministers met in Almaty on Friday and Saturday for talks that both sides later described as constructive, "
        + "with the delimitation of the border and the opening of transport links at the top of the agenda for the next round.";

    [Fact]
    public void Trim_ShortPassage_Unchanged()
    {
        Assert.Equal("A short passage.", PassageTrimmer.Trim(" A short passage. ", null, 160));
    }

    [Fact]
    public void Trim_AnchorInTheMiddle_KeepsAnchorCutsAtWords()
    {
        var trimmed = PassageTrimmer.Trim(Passage, "the delimitation of the border", 80);

        Assert.True(trimmed.Length <= 80);
        Assert.Contains("the delimitation of the border", trimmed, StringComparison.Ordinal);
        Assert.StartsWith("…", trimmed, StringComparison.Ordinal);
        var inner = trimmed.Trim('…');
        Assert.Contains(inner, Passage, StringComparison.Ordinal);
        var at = Passage.IndexOf(inner, StringComparison.Ordinal);
        Assert.True(at == 0 || Passage[at - 1] == ' ', "cut inside a word at the start");
        Assert.True(at + inner.Length == Passage.Length || Passage[at + inner.Length] == ' ', "cut inside a word at the end");
    }

    [Fact]
    public void Trim_NoAnchor_KeepsTheStart()
    {
        var trimmed = PassageTrimmer.Trim(Passage, null, 60);

        Assert.StartsWith("The two foreign ministers", trimmed, StringComparison.Ordinal);
        Assert.EndsWith("…", trimmed, StringComparison.Ordinal);
        Assert.True(trimmed.Length <= 60);
    }
}
