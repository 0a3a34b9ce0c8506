using ChatBot.Bot.Feedback;

namespace ChatBot.Bot.Tests.Feedback;

public sealed class FeedbackVocabularyTests
{
    private readonly FeedbackVocabulary _sut = new();

    [Theory]
    [InlineData("like", FeedbackReaction.Like)]
    [InlineData("+1", FeedbackReaction.Like)]
    [InlineData(":thumbsdown:", FeedbackReaction.Dislike)]
    [InlineData("angry", FeedbackReaction.Dislike)]
    public void FromReaction_KnownReaction_MapsToLikeOrDislike(string type, FeedbackReaction expected)
    {
        Assert.Equal(expected, _sut.FromReaction(type));
    }

    [Fact]
    public void FromReaction_Surprised_MeansNothing()
    {
        Assert.Null(_sut.FromReaction("surprised"));
    }

    [Fact]
    public void TryReadMessage_Question_IsNotFeedback()
    {
        Assert.False(_sut.TryReadMessage("What was the feedback from Baku?", out _, out _));
        Assert.False(_sut.TryReadMessage("feedback", out _, out _));
    }

    [Fact]
    public void TryReadMessage_Comment_KeepsTheWords()
    {
        Assert.True(_sut.TryReadMessage("Feedback: the date is wrong", out var reaction, out var comment));
        Assert.Equal(FeedbackReaction.Text, reaction);
        Assert.Equal("the date is wrong", comment);
    }
}
