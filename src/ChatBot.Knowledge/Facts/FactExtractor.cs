using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Facts;

/// <summary>Turns the sentences of one body paragraph into facts.</summary>
public sealed class FactExtractor
{
    /// <summary>How far back before a paragraph to look for the person a leading "He" or "She" means.</summary>
    private const int PronounLookBack = 800;

    private readonly Gazetteer _gazetteer;
    private readonly TopicCatalog _topics;
    private readonly DateResolver _dates;
    private readonly QuantityExtractor _quantities;
    private readonly NameFinder _names;
    private readonly SpeakerAttributor _speakers;

    public FactExtractor(Gazetteer gazetteer, TopicCatalog topics)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(topics);
        _gazetteer = gazetteer;
        _topics = topics;
        _dates = DateResolver.Default;
        _quantities = QuantityExtractor.Default;
        _names = NameFinder.Default;
        _speakers = new SpeakerAttributor(gazetteer);
    }

    /// <summary>
    /// One fact per sentence of <paramref name="paragraph"/>. <paramref name="sentences"/> are spans in the
    /// article text; dates resolve against <paramref name="published"/>.
    /// </summary>
    public IReadOnlyList<Fact> ExtractParagraph(string articleText, Block paragraph, IReadOnlyList<TextSpan> sentences, DateOnly published, string? headline = null)
    {
        ArgumentNullException.ThrowIfNull(articleText);
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(sentences);
        var people = PeopleBefore(articleText, paragraph.Start);
        var quotes = new QuoteTracker();
        var facts = new List<Fact>(sentences.Count);
        DateOnly? anchor = null;
        foreach (var span in sentences)
        {
            var text = span.Of(articleText);
            var entities = Entities(articleText, span, text);
            var names = entities.Where(e => e.IsKnown && e.Kind == EntityKind.Other).Select(e => e.Span).ToList();
            var dates = _dates.Resolve(text, published, names, anchor);
            var quantities = _quantities.Extract(text, [.. names, .. dates.Select(d => d.Span)]);
            var speaker = _speakers.Attribute(text, entities, people);
            facts.Add(new Fact(articleText, span, dates, quantities, entities, speaker, _topics.Tag(text, paragraph.Section, headline)));
            quotes.Add(facts, text);
            anchor = dates.LastOrDefault(d => d.Precision == DatePrecision.Day)?.Date ?? anchor;
            people = Remember(people, entities, speaker);
        }

        return facts;
    }

    /// <summary>Gazetteer mentions, bare shared surnames resolved from earlier text, then guessed names; in order.</summary>
    private List<EntityMention> Entities(string articleText, TextSpan span, string text)
    {
        var known = _gazetteer.FindMentions(text).ToList();
        known.AddRange(SharedSurnames(articleText, span, text, known));
        var all = known.Concat(_names.Find(text, known));
        return [.. all.OrderBy(e => e.Span.Start)];
    }

    /// <summary>"Grigoryan said": the Grigoryan named in full most recently before this point of the article.</summary>
    private IEnumerable<EntityMention> SharedSurnames(string articleText, TextSpan span, string text, List<EntityMention> known)
    {
        foreach (var (start, end) in TextScan.Words(TextScan.NormalizePunctuation(text)))
        {
            var word = text[start..end];
            var bare = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;
            var candidates = _gazetteer.SharingSurname(bare);
            if (candidates.Count == 0 || known.Any(k => k.Span.Start <= start && end <= k.Span.End))
            {
                continue;
            }

            var before = articleText[..(span.Start + start)];
            var latest = candidates
                .Select(c => (Entry: c, At: before.LastIndexOf(c.Name, StringComparison.Ordinal)))
                .Where(c => c.At >= 0)
                .OrderByDescending(c => c.At)
                .FirstOrDefault();
            if (latest.Entry is { } entry)
            {
                yield return new EntityMention(entry.Name, EntityKind.Person, new TextSpan(start, bare.Length), entry.Side, entry.Role, IsKnown: true);
            }
        }
    }

    /// <summary>People named shortly before the paragraph, most recent first.</summary>
    private List<string> PeopleBefore(string articleText, int paragraphStart)
    {
        var from = Math.Max(0, paragraphStart - PronounLookBack);
        return _gazetteer.FindMentions(articleText[from..paragraphStart])
            .Where(m => m.Kind == EntityKind.Person)
            .Reverse()
            .Select(m => m.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The sentence's speaker, then its first-named person (its likely subject), lead the list.</summary>
    private List<string> Remember(List<string> people, List<EntityMention> entities, string? speaker)
    {
        var mentioned = entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Name).ToList();
        var front = new List<string>();
        if (speaker is not null && (mentioned.Contains(speaker, StringComparer.Ordinal) || _gazetteer.Find(speaker)?.Kind == EntityKind.Person || people.Contains(speaker, StringComparer.Ordinal)))
        {
            front.Add(speaker);
        }

        front.AddRange(mentioned);
        return [.. front.Concat(people).Distinct(StringComparer.Ordinal)];
    }
}
