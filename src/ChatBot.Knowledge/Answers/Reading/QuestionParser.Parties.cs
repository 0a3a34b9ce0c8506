using System.Text;
using System.Text.RegularExpressions;
using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>Who a position or comparison question is about.</summary>
internal sealed partial class QuestionParser
{
    private static readonly PositionVocabulary Positions = PositionVocabulary.Default;

    /// <summary>
    /// People (gazetteer persons, or a role only one person holds: "Baku's top diplomat"), countries, capitals and
    /// bodies with a side, and demonyms ("the Armenian position"), in the order named; one party per person or side.
    /// </summary>
    private List<(Party Party, List<TextSpan> Spans)> FindParties(string text, string lower)
    {
        var found = new List<(int At, Party Party, TextSpan Span)>();
        var roles = RoleNames.Default.Find(text, gazetteer).Where(r => r.People.Count == 1).ToList();
        foreach (var role in roles)
        {
            var person = role.People[0];
            found.Add((role.Span.Start, new Party(person.Name, person.Name, person.Side), role.Span));
        }

        bool InRole(int at) => roles.Any(r => r.Span.Start <= at && at < r.Span.End);
        var mentions = gazetteer.FindMentions(text);
        foreach (var m in mentions.Where(m => !InRole(m.Span.Start)))
        {
            if (m.Kind == EntityKind.Person && m.IsKnown)
            {
                found.Add((m.Span.Start, new Party(m.Name, m.Name, m.Side), m.Span));
            }
            else if (m.Side is { } side && m.IsKnown && StandsForSide(m, side) && !NamesATopic(m, text) && !IsVenue(m, lower))
            {
                found.Add((m.Span.Start, new Party(Positions.SideName(side), null, side), m.Span));
            }
        }

        foreach (Match word in WordPattern().Matches(lower))
        {
            if (!Positions.Demonyms.TryGetValue(word.Value, out var side)) continue;
            if (InRole(word.Index) || mentions.Any(m => m.Span.Start <= word.Index && word.Index < m.Span.End)) continue;
            found.Add((word.Index, new Party(Positions.SideName(side), null, side), new TextSpan(word.Index, word.Length)));
        }

        return found
            .OrderBy(f => f.At)
            .GroupBy(f => f.Party.Person ?? f.Party.Side, StringComparer.Ordinal)
            .Select(g => (g.First().Party, g.Select(f => f.Span).ToList()))
            .ToList();
    }

    /// <summary>
    /// A country or body speaks for its side; a province or exclave ("Nakhchivan") or a named project, document or
    /// event ("the Zangezur corridor") is what is talked about.
    /// </summary>
    private static bool StandsForSide(EntityMention mention, string side) =>
        mention.Kind is EntityKind.Organization or EntityKind.Person
        || mention.Kind == EntityKind.Place && string.Equals(Positions.SideName(side), mention.Name, StringComparison.Ordinal)
        || Positions.Demonyms.ContainsKey(mention.Name.ToLowerInvariant());

    /// <summary>"After the Washington talks": a place after "the" names where something happened, not who spoke.</summary>
    private static bool IsVenue(EntityMention mention, string lower) =>
        mention.Kind == EntityKind.Place && lower[..mention.Span.Start].TrimEnd().EndsWith(" the", StringComparison.Ordinal);

    /// <summary>A body the topics file follows ("the EU monitoring mission") is what is asked about, not who.</summary>
    private bool NamesATopic(EntityMention mention, string text) =>
        mention.Kind == EntityKind.Organization && topics.Resolve(mention.Span.Of(text)) is not null;

    /// <summary>The question with the parties' names blanked out, so they don't count as its topic.</summary>
    private static string Blank(string text, IEnumerable<TextSpan> spans)
    {
        var sb = new StringBuilder(text);
        foreach (var span in spans)
        {
            for (var i = span.Start; i < span.End && i < sb.Length; i++) sb[i] = ' ';
        }

        return sb.ToString();
    }
}
