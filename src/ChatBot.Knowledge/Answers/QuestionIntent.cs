namespace ChatBot.Knowledge.Answers;

internal enum QuestionIntent
{
    Question,
    Latest,
    Timeline,
    Changes,
    Position,
    Comparison,
}
