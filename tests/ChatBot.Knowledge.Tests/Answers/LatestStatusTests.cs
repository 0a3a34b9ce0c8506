using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Tests.Support;

namespace ChatBot.Knowledge.Tests.Answers;

public sealed class LatestStatusTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    public static TheoryData<string, string> TopicQuestions()
    {
        var data = new TheoryData<string, string>();
        foreach (var topic in TopicCatalog.LoadDefault().Topics)
        {
            data.Add(topic.Id, $"What's the latest on {topic.Aliases[0]}?");
            data.Add(topic.Id, $"Where do things stand on {topic.Name.ToLowerInvariant()}?");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TopicQuestions))]
    public void Ask_LatestOnEveryKnownTopic_LeadIsOnTopicDatedAndCited(string topicId, string question)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        var lead = answer.Lines[0];
        Assert.StartsWith("As of ", lead.Prefix, StringComparison.Ordinal);
        Assert.Contains(1, lead.Citations);
        Assert.Contains(TaggedFacts(answer.Citations[0]), f => f.Fact.Topics.Contains(topicId, StringComparer.Ordinal));
        Assert.Contains("The newest source on this is from", answer.Notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What's the latest on visa procedures for diplomats?", "visa procedures")]
    [InlineData("What is the current state of the dispute over Armenia's constitution?", "constitution")]
    public void Ask_StatusOnASubjectTheSourcesCover_LeadsWithADatedFactAboutIt(string question, string subject)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        Assert.StartsWith("As of ", answer.Lines[0].Prefix, StringComparison.Ordinal);
        Assert.Contains(subject, answer.Citations[answer.Lines[0].Citations[0] - 1].Passage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ask_LatestWhereTheNewestFactIsAListItem_LeadsWithAWholeSentence()
    {
        var answer = fixture.Ask("what's the latest on the eu monitoring mission along the border");

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        Assert.DoesNotMatch(@"^\s*[-\u2022]", answer.Citations[0].Passage);
        Assert.Contains("EU", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_StatusOfASubjectASummarySentenceNamesInPassing_LeadsWithTheParagraphAboutIt()
    {
        var answer = fixture.Ask("where are we on the osce minsk group question");

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        Assert.Contains("diminished role", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_LatestOnLachin_LeadsWithTheNewestSourceNotAnOlderDatedEvent()
    {
        var answer = fixture.Ask("What is the latest on the Lachin corridor?");

        Assert.Equal("002_bba9acd290afcb64.txt", answer.Citations[0].File);
        Assert.StartsWith("As of 10 May 2023", answer.Lines[0].Prefix, StringComparison.Ordinal);
        Assert.Contains("The newest source on this is from 10 May 2023.", answer.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_LatestOnTurkeyNormalisation_LeadsWithTheNewestSourcesDatedEventNotItsUndatedBackground()
    {
        var answer = fixture.Ask("What's the latest on Turkey-Armenia normalisation?");

        Assert.Contains("met again in early November", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_LatestStatusOfTreaty_LeadsWithTheSummaryOfWhereThingsStand()
    {
        var answer = fixture.Ask("What is the current status of the peace treaty?");

        Assert.DoesNotContain("In interviews on December 18 and 19", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_LatestOnBorder_LeadsWithTheNewestDatedReportThenEarlierMilestonesNewestFirst()
    {
        var answer = fixture.Ask("What's the latest on the border delimitation?");

        Assert.Contains("noted in December", answer.Lines[0].Quote, StringComparison.Ordinal);
        var milestones = answer.Lines.Skip(1).Where(l => l.Prefix is { } p && !p.Contains(':', StringComparison.Ordinal) is false && char.IsDigit(p[0])).ToList();
        Assert.InRange(milestones.Count, 2, 3);
        var dates = milestones.Select(l => answer.Citations[l.Citations[0] - 1].EventDate!.Value).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.Contains(milestones, l => l.Quote.Contains("November 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_LatestOnPeaceTreaty_ShowsBothViewsWithWhoSaidThem()
    {
        var answer = fixture.Ask("Where do things stand on the peace treaty?");

        Assert.Contains("Sources differ", answer.Notice, StringComparison.Ordinal);
        Assert.Contains(answer.Lines, l => l.Prefix!.StartsWith("Progress: ", StringComparison.Ordinal));
        Assert.Contains(answer.Lines, l => l.Prefix!.StartsWith("Obstacles: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("What's the latest on the moon landing?")]
    [InlineData("Timeline of the Olympic Games")]
    [InlineData("What is Russia's position on the moon landing?")]
    public void Ask_StatusQuestionOnUnknownTopic_DeclinesListingTheKnownTopics(string question)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.Declined, answer.Kind);
        Assert.Empty(answer.Citations);
        Assert.All(TopicCatalog.LoadDefault().Topics, t => Assert.Contains(t.Name, answer.Notice, StringComparison.Ordinal));
    }

    private IEnumerable<IndexedFact> TaggedFacts(Citation citation) =>
        fixture.Get<KnowledgeIndex>().Current!.Model.Facts.Where(f =>
            f.Source.File == citation.File && f.Fact.Span.Start >= citation.Start && f.Fact.Span.End <= citation.Start + citation.Length);

    [Fact]
    public void Ask_LatestOnASubjectOutsideTheTopics_LeadsWithNewsAboutItNotANewerNearMiss()
    {
        var answer = fixture.Ask("Any news on that Moscow-hosted three-way meeting for the foreign ministers?");

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        Assert.Contains("Moscow", answer.Lines[0].Quote, StringComparison.Ordinal);
        Assert.DoesNotContain("Lavrov", answer.Lines[0].Quote, StringComparison.Ordinal);
        Assert.StartsWith("As of ", answer.Lines[0].Prefix, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_StatusOnASubjectPutInAnEverydayWordTheSourcesDontUse_StillAnswers()
    {
        var answer = fixture.Ask("What's Tigran Grigoryan's most recent take on the talks?");

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        Assert.Contains("Tigran Grigoryan", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Where does the US role in the talks stand now?")]
    [InlineData("What's the latest on Blinken's role in all this?")]
    public void Ask_LatestOnASubjectTheNewestNewsPutsInOtherWords_LeadsWithItNotANewerSentenceSharingAWord(string question)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        Assert.Contains("The United States and France have been at the forefront", answer.Lines[0].Quote, StringComparison.Ordinal);
        Assert.DoesNotContain("role", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What's the latest on the Tavush protests?")]
    [InlineData("Is the Tavush protest movement still going on?")]
    [InlineData("where are things with the tavush protest movement these days")]
    public void Ask_LatestOnAStoryToldInUndatedSentences_LeadsWithHowItEnded(string question)
    {
        // "The start of the delimitation process sparked protests …", then "These demonstrations later moved …",
        // then "However, these protests … eventually fizzled out": the last step of the story is the news.
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        Assert.Contains("fizzled out", answer.Lines[0].Quote, StringComparison.Ordinal);
        Assert.Contains("fizzled out", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("where are we w the peace deal draft")]
    [InlineData("What's the latest on the peace treaty text?")]
    public void Ask_LatestWhenTheNewestDatedSentenceOnlyPointsBack_LeadsWithWhatItPointsTo(string question)
    {
        // "In interviews on December 18 and 19, leaders … outlined their positions on these outstanding issues" is
        // the newest dated sentence on the treaty, and says nothing of its own.
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        Assert.DoesNotContain("these outstanding issues", answer.Lines[0].Quote, StringComparison.Ordinal);
        Assert.Contains("draft", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What's the latest on mediation?", "bilateral framework")]
    [InlineData("is anyone still mediating this or are they talking directly now?", "bilateral framework")]
    [InlineData("any news on the transit routes / rail link between the two?", "new proposal")]
    public void Ask_LatestOnATopicInItsOwnName_LeadsWithItsNewestFactEvenInOtherWords(string question, string expected)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        Assert.Contains(expected, answer.Lines[0].Quote, StringComparison.Ordinal);
        Assert.StartsWith("As of ", answer.Lines[0].Prefix, StringComparison.Ordinal);
        Assert.Contains("2024", answer.Lines[0].Prefix, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_LatestOnACountrysRole_CountsWhatItsOwnBodiesDoAsAboutIt()
    {
        // "… does not specify the physical presence of the Russian Federal Security Service's Border Guard units" names
        // Russia only through its border service, and is the newest word on Russia's role on the route.
        var answer = fixture.Ask("latest on russia's role in guarding the route through syunik?");

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        Assert.Contains("physical presence", answer.Lines[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_LatestWhenTheLeadGoesOnWithWhatItsSpeakerSaid_KeepsTheLead()
    {
        // "Aliyev … demanding that Armenia amend its constitution …" then "He asserted that addressing these issues
        // would remove all obstacles …": the second only goes on with his statement, and names no constitution.
        var answer = fixture.Ask("whats new on the constitution issue");

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        Assert.Contains("constitution", answer.Lines[0].Quote, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ask_LatestWithADateInTheQuestion_StillReadsThePeriod()
    {
        var answer = fixture.Ask("What's the latest on the talks in May 2024?");

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        Assert.Equal(2024, answer.Citations[0].EventDate?.Year ?? answer.Citations[0].Published.Year);
    }

    [Theory]
    [InlineData("what's mirzoyan been up to most recently?", "Ararat Mirzoyan")]
    [InlineData("What has Bayramov been up to lately?", "Jeyhun Bayramov")]
    public void Ask_LatestOnAPersonAlone_LeadsWithTheNewestFactNamingThem(string question, string person)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        var lead = TaggedFacts(answer.Citations[answer.Lines[0].Citations[0] - 1]).ToList();
        Assert.Contains(lead, f => f.Fact.Entities.Any(e => e.Name == person));
        var newest = fixture.Get<KnowledgeIndex>().Current!.Model.Facts
            .Where(f => f.IsDated && f.Fact.Entities.Any(e => e.Name == person))
            .Max(f => f.EffectiveDate);
        Assert.Contains(lead, f => f.EffectiveDate == newest);
    }

    [Fact]
    public void Ask_Latest_LeadPassageBringsTheSpeakersOwnWordsThatFollow()
    {
        var answer = fixture.Ask("What's the latest on regional communications?");

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        Assert.Contains("announced that Armenia had presented a new proposal", answer.Citations[0].Passage, StringComparison.Ordinal);
        Assert.Contains("reopening the railway communication", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's the US doing these days to help the two sides get to peace?")]
    [InlineData("what's washington's role in the talks these days?")]
    public void Ask_WhatTheUsIsDoingLately_LeadsWithTheNewestSentenceOnTheUnitedStates(string question)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        Assert.Contains("United States", answer.Lines[0].Quote, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 9, 24), answer.Citations[0].Published);
    }

    [Fact]
    public void Ask_NewsOnTwoPeopleOfATopic_LeadsWithASentenceNamingThem()
    {
        var answer = fixture.Ask("any news on pashinyan and erdogan?");

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        Assert.Matches("Pashinyan|Erdogan", answer.Lines[0].Quote);
    }

    [Fact]
    public void Ask_NewsOnSomethingNarrowerThanItsTopic_LeadsWithTheFactsOnIt()
    {
        var answer = fixture.Ask("any news on the red cross getting patients out of karabakh?");

        Assert.Equal(AnswerKind.LatestStatus, answer.Kind);
        Assert.Contains("ICRC", answer.Citations[0].Passage, StringComparison.Ordinal);
    }
}
