using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Answers.Reading;

namespace ChatBot.Knowledge.Tests.Answers;

public sealed class SpellingCorrectorTests
{
    private static readonly HashSet<string> Vocabulary = ["kazakhstan", "constitution", "general", "delimitation", "treaty"];

    [Theory]
    [InlineData("kazakstan", "kazakhstan")]
    [InlineData("constitutoin", "constitution")]
    [InlineData("delimitaton", "delimitation")]
    [InlineData("traety", "treaty")]
    public void Correct_MisspelledCorpusWord_ReturnsCorpusWord(string typo, string expected)
    {
        Assert.Equal(expected, SpellingCorrector.Correct(typo, Vocabulary));
    }

    [Theory]
    [InlineData("bck", "back")]
    [InlineData("nmbr", "number")]
    [InlineData("dlmttn", "delimitation")]
    public void Correct_WordTypedWithoutVowels_ReturnsTheOneWordItFits(string typo, string expected)
    {
        Assert.Equal(expected, SpellingCorrector.Correct(typo, Vocabulary));
    }

    [Fact]
    public void Correct_WordWithoutVowelsFittingSeveral_LeavesItAlone()
    {
        Assert.Null(SpellingCorrector.Correct("frm", Vocabulary));
    }

    [Theory]
    [InlineData("geneva")]
    [InlineData("australia")]
    [InlineData("treaty")]
    [InlineData("fifa")]
    public void Correct_UnknownNameOrKnownWord_LeavesItAlone(string word)
    {
        Assert.Null(SpellingCorrector.Correct(word, Vocabulary));
    }

    [Theory]
    [InlineData("lost", "last")]
    [InlineData("mars", "maps")]
    [InlineData("gift", "gifted")]
    public void Correct_CommonEnglishWordMissingFromCorpus_LeavesItAlone(string word, string corpusWord)
    {
        HashSet<string> vocabulary = [corpusWord];

        Assert.Null(SpellingCorrector.Correct(word, vocabulary));
    }

    [Theory]
    [InlineData("sits", "site")]
    [InlineData("stops", "steps")]
    [InlineData("stopping", "shopping")]
    [InlineData("handed", "handled")]
    public void Correct_InflectionOfCommonWordMissingFromCorpus_LeavesItAlone(string word, string corpusWord)
    {
        HashSet<string> vocabulary = [corpusWord];

        Assert.Null(SpellingCorrector.Correct(word, vocabulary));
    }

    [Theory]
    [InlineData("wat", "what")]
    [InlineData("wen", "when")]
    [InlineData("hwo", "how")]
    public void Correct_ThreeLetterNonWord_ReturnsQuestionWord(string typo, string expected)
    {
        Assert.Equal(expected, SpellingCorrector.Correct(typo, Vocabulary));
    }

    [Fact]
    public void Correct_TypoOfBaseFormTheSourcesOnlyInflect_PrefersInflectedFormOverUnrelatedWord()
    {
        HashSet<string> vocabulary = ["cause", "accused"];

        Assert.Equal("accused", SpellingCorrector.Correct("acuse", vocabulary));
    }
}
