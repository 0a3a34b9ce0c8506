using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Answers.Composing;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

/// <summary>
/// A question no passage answers with confidence, but one comes close to in meaning: the asker sees that passage under
/// a lead saying it is the closest the sources come, not an answer.
/// </summary>
public sealed class ClosestPassageTests(KnowledgeFixture fixture, LexicalKnowledgeFixture lexical)
    : IClassFixture<KnowledgeFixture>, IClassFixture<LexicalKnowledgeFixture>
{
    [Fact]
    public void Ask_NearDomainQuestionCloseInMeaningToAPassage_QuotesItAsTheClosest()
    {
        var answer = fixture.Ask("How long is the whole border between Armenia and Azerbaijan?");

        Assert.Equal(AnswerKind.Closest, answer.Kind);
        Assert.Equal(ClosestPassageComposer.Framing, answer.Lines[0].Prefix);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal([citation.Position], answer.Lines[0].Citations);
        Assert.Contains("border", citation.Passage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ask_QuestionSharingNoWordWithTheAnsweringPassage_QuotesThePassageClosestInMeaning()
    {
        var answer = fixture.Ask("how'd mirzoyan describe the vibe of his sit-down with bayramov?");

        Assert.Equal(AnswerKind.Closest, answer.Kind);
        Assert.Equal(ClosestPassageComposer.Framing, answer.Lines[0].Prefix);
        Assert.Contains("constructive atmosphere", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_KnownNameNoArticleMentions_SaysSoAndQuotesThePassageThatComesClosest()
    {
        var answer = fixture.Ask("How did Georgia react to the Washington talks?");

        Assert.Equal(AnswerKind.Closest, answer.Kind);
        Assert.StartsWith("The sources don't mention \u201cGeorgia\u201d", answer.Lines[0].Prefix, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_KnownNameTypedInLowerCase_IsReadAsThatName()
    {
        AnswerAssert.NotAnswered(fixture.Ask("how did iran react to the almaty round of talks?"));
    }

    [Fact]
    public void Ask_NameSpeltAsTheSourcesNeverDo_SaysSoAndQuotesThePassageThatComesClosest()
    {
        var answer = fixture.Ask("Is Aliyev fine with customs inspections for cargo going through Meghri?");

        Assert.Equal(AnswerKind.Closest, answer.Kind);
        Assert.StartsWith("The sources don't mention \u201cMeghri\u201d", answer.Lines[0].Prefix, StringComparison.Ordinal);
        Assert.Contains("without inspection or customs checks", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who won the champions league final?")]
    [InlineData("what's a good recipe for dolma?")]
    [InlineData("how do i book a conference room in outlook?")]
    public void Ask_OffTopicQuestion_IsDeclinedWithoutPassages(string question)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.Declined, answer.Kind);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public void Ask_WithoutVectors_DeclinesRatherThanGuessingTheClosestByWords()
    {
        var answer = lexical.Engine.Ask("Is Aliyev fine with customs inspections for cargo going through Meghri?");

        Assert.Equal(AnswerKind.Declined, answer.Kind);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public void Ask_QuestionTheSourcesAnswer_IsAnsweredNotHedged()
    {
        var answer = fixture.Ask("Who chairs the Armenian border commission?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Null(answer.Lines[0].Prefix);
    }

    [Theory]
    [InlineData("Who drafted the document on joint activities of the border commissions?")]
    [InlineData("How many trains a day will run through the Gyumri-Kars railway gate?")]
    [InlineData("On what date will the Gyumri-Kars railway gate open?")]
    public void Ask_SentenceAboutTheQuestionWithoutThePersonCountOrDateAsked_IsQuotedAsTheClosest(string question)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.Closest, answer.Kind);
        Assert.Equal(ClosestPassageComposer.Framing, answer.Lines[0].Prefix);
        Assert.Single(answer.Citations);
    }

    [Fact]
    public void Ask_NameOfARole_IsAnsweredWithThePersonHighlighted()
    {
        var answer = fixture.Ask("what's the name of Armenia's foreign minister?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        var lead = answer.Lines[0];
        Assert.NotNull(lead.Highlight);
        Assert.Contains("Mirzoyan", lead.Highlight!.Value.Of(lead.Quote), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhatKindOfThingTheSentenceNeverNames_IsQuotedAsTheClosest()
    {
        var answer = fixture.Ask("Which sanctions did the United States announce against Azerbaijan after the checkpoint was installed?");

        Assert.Equal(AnswerKind.Closest, answer.Kind);
        Assert.DoesNotContain("sanction", answer.Citations[0].Passage, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Which railway border crossing did Rubinyan and Kilic assess in November?", "Akhuryan-Akyaka")]
    [InlineData("What book did Erdogan give Pashinyan?", "A Fair World")]
    public void Ask_WhatKindOfThingTheSentenceNames_IsAnswered(string question, string expected)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains(expected, answer.Lines[0].Quote, StringComparison.Ordinal);
    }
}
