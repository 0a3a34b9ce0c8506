namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>What kind of answer a question expects.</summary>
internal enum AnswerType
{
    Unknown,
    Person,
    Place,
    Date,
    Quantity,
    Reason,
    Thing,
    /// <summary>"What is X called": a proper name, usually quoted.</summary>
    Name,
}
