using ChatBot.Knowledge.Facts;

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>
/// Who "he", "his" or "she" in a follow-up stands for: the person the previous answer was about. "Who mediated the
/// talks?" → Blinken, then "what was his read on the deal?" asks about Blinken.
/// </summary>
internal static class PersonReference
{
    private static readonly QuestionVocabulary Words = QuestionVocabulary.Default;

    /// <summary>
    /// The surname of the person the previous answer was about when the question refers to someone by pronoun
    /// ("he", "his"); articles name a person in full once and by surname after that. Null otherwise.
    /// </summary>
    public static string? Surname(ConversationFocus focus, IReadOnlyList<string> words)
    {
        if (string.IsNullOrEmpty(focus.Person) || !words.Any(Words.PersonPronouns.Contains)) return null;
        return focus.Person.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
    }

    /// <summary>
    /// The person an answer is about: the name a who-question's lead highlights, else the one person the question
    /// names, else (for a follow-up) the previous answer's person.
    /// </summary>
    public static string? Of(ParsedQuestion question, Answer answer, ConversationFocus? previous, Gazetteer gazetteer)
    {
        if (question.AnswerType == AnswerType.Person && answer.Lines.Count > 0 && answer.Lines[0] is { Highlight: { } span } lead)
        {
            var name = span.Of(lead.Quote).Trim();
            if (name.Length > 0 && char.IsUpper(name[0]))
            {
                return gazetteer.FindMentions(name).FirstOrDefault(m => m.IsKnown && m.Kind == EntityKind.Person)?.Name ?? name;
            }
        }

        var people = question.Entities.Where(e => e.IsKnown && e.Kind == EntityKind.Person).Select(e => e.Name).Distinct(StringComparer.Ordinal).ToList();
        if (people.Count == 1) return people[0];
        return people.Count == 0 && question.IsFollowUp ? previous?.Person : null;
    }
}
