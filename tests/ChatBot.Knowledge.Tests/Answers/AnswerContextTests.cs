using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Tests.Corpus;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>An answer's passage comes with the sentences around it in its paragraph, up to about a hundred words.</summary>
public sealed class AnswerContextTests : IDisposable
{
    private const string Filler = "The delegations exchanged drafts on customs procedures, on the timetable for the technical groups and on the "
        + "order in which the outstanding articles would be taken up at the next round of consultations. ";

    private static readonly string Article = $"""
        Ministers meet in Tbilisi to discuss the railway

        The foreign ministers of Armenia and Azerbaijan met in Tbilisi on March 3 to discuss reopening the railway. The Georgian prime minister hosted a dinner for both delegations afterwards.

        {Filler}{Filler}{Filler}The envoys agreed to inspect the Gyumri-Kars railway bridge in April. {Filler}{Filler}{Filler}

        Prime Minister Nikol Pashinyan announced a new proposal on the Margara crossing on March 5.

        “We have sent it to Baku in writing and are waiting for an answer,” Pashinyan said.

        The delegations will meet again in Yerevan in May.

        The border commission handed over two border posts to Azerbaijan in June.

        In addition, a customs warehouse near the crossing was handed over as well.

        Sergey Lavrov announced that Moscow would host its own trilateral meeting in July.

        Lavrov said it was important for Moscow to hear from the direct participants.

        This year, the railway talks also covered electricity lines.
        """;

    private readonly TempSeeds _seeds = new();
    private readonly KnowledgeFixture _engine;

    public AnswerContextTests()
    {
        _seeds.Write("001_tbilisi_railway.txt", Article);
        _engine = new KnowledgeFixture(_seeds.Path, embeddings: false);
    }

    [Fact]
    public void Ask_AnswerInAShortParagraph_CitesTheSentenceWithItsNeighbours()
    {
        var answer = _engine.Ask("Where did the foreign ministers meet on March 3?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Tbilisi", answer.Lines[0].Quote, StringComparison.Ordinal);
        Assert.Equal(
            "The foreign ministers of Armenia and Azerbaijan met in Tbilisi on March 3 to discuss reopening the railway. The Georgian prime minister hosted a dinner for both delegations afterwards.",
            answer.Citations[0].Passage);
    }

    [Fact]
    public void Ask_AnswerInALongParagraph_CitesAWindowAroundTheSentence()
    {
        var answer = _engine.Ask("When will the envoys inspect the Gyumri-Kars railway bridge?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        var passage = answer.Citations[0].Passage;
        Assert.Contains("The envoys agreed to inspect the Gyumri-Kars railway bridge in April.", passage, StringComparison.Ordinal);
        Assert.InRange(passage.Length, Filler.Length * 2, 700);
        Assert.Contains(answer.Citations[0].Passage, Article, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AnswerFollowedByAParagraphOfTheSpeakersOwnWords_CitesThemToo()
    {
        var answer = _engine.Ask("What did Pashinyan announce about the Margara crossing?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        var passage = answer.Citations[0].Passage;
        Assert.StartsWith("Prime Minister Nikol Pashinyan announced a new proposal", passage, StringComparison.Ordinal);
        Assert.EndsWith("waiting for an answer,” Pashinyan said.", passage, StringComparison.Ordinal);
        Assert.DoesNotContain("meet again", passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AnswerFollowedByAParagraphThatAddsToIt_CitesThatParagraphToo()
    {
        var answer = _engine.Ask("What did the border commission hand over to Azerbaijan in June?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.StartsWith("The border commission handed over two border posts", answer.Citations[0].Passage, StringComparison.Ordinal);
        Assert.EndsWith("a customs warehouse near the crossing was handed over as well.", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AnswerFollowedByAParagraphOpeningWithTheSamePerson_CitesThatParagraphToo()
    {
        var answer = _engine.Ask("Which city will host the trilateral meeting in July?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.StartsWith("Sergey Lavrov announced", answer.Citations[0].Passage, StringComparison.Ordinal);
        Assert.EndsWith("hear from the direct participants.", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AnswerFollowedByAParagraphOnAnotherMatter_CitesItsOwnParagraphOnly()
    {
        var answer = _engine.Ask("Why was it important for Moscow to hear from the direct participants?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal("Lavrov said it was important for Moscow to hear from the direct participants.", answer.Citations[0].Passage);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _seeds.Dispose();
    }
}
