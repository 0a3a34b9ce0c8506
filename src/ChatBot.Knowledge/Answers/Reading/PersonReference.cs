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
    /// How articles name the person after the first mention: the surname ("Ruben Rubinyan" → "Rubinyan"), or the full
    /// name when another known person shares the surname (Mher, Armen and Tigran Grigoryan).
    /// </summary>
    public static string ShortName(string name, Gazetteer gazetteer)
    {
        var surname = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var shared = gazetteer.Entries.Any(e => e.Kind == EntityKind.Person && !string.Equals(e.Name, name, StringComparison.Ordinal)
            && e.Name.EndsWith(" " + surname, StringComparison.Ordinal));
        return shared ? name : surname;
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
