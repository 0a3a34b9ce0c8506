namespace ChatBot.Knowledge.Answers;

public enum AnswerKind
{
    /// <summary>A direct answer to a question, with its passages.</summary>
    Answered,
    /// <summary>The newest dated facts on a topic, newest first.</summary>
    LatestStatus,
    /// <summary>Dated milestones on a topic, oldest first.</summary>
    Timeline,
    /// <summary>The sources don't answer the question; no citations.</summary>
    Declined,
    /// <summary>The question was empty, too long or otherwise unusable.</summary>
    Invalid,
}
