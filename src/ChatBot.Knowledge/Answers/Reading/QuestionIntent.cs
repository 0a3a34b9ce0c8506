namespace ChatBot.Knowledge.Answers.Reading;

internal enum QuestionIntent
{
    Question,
    Latest,
    Timeline,
    Changes,
    Position,
    Comparison,
}
