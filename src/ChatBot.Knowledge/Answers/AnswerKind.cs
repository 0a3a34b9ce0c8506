namespace ChatBot.Knowledge.Answers;

public enum AnswerKind
{
    /// <summary>A direct answer to a question, with its passages.</summary>
    Answered,
    /// <summary>The newest dated facts on a topic, newest first.</summary>
    LatestStatus,
    /// <summary>Dated milestones on a topic (or those after a date or event), oldest first.</summary>
    Timeline,
    /// <summary>The sources don't answer the question; no citations.</summary>
    Declined,
    /// <summary>The question was empty, too long or otherwise unusable.</summary>
    Invalid,
    /// <summary>One party's statements on a topic, newest first, each naming who said it.</summary>
    Position,
    /// <summary>Two parties' statements on a topic as labelled groups, one after the other.</summary>
    Comparison,
}
