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
    /// <summary>
    /// No passage answers the question directly; the lead says so and quotes the one that comes closest, with its citation.
    /// </summary>
    Closest,
    /// <summary>The question was empty, too long or otherwise unusable.</summary>
    Invalid,
    /// <summary>One party's statements on a topic, newest first, each naming who said it.</summary>
    Position,
    /// <summary>Two parties' statements on a topic as labelled groups, one after the other.</summary>
    Comparison,
}
