using ChatBot.Knowledge.Data;
namespace ChatBot.Knowledge.Facts;

/// <summary>The topics data file (Data/topics.json): tags sentences and resolves topics named in questions.</summary>
public sealed class TopicCatalog
{
    private static readonly Lazy<TopicCatalog> LazyDefault = new(Load);

    private readonly List<Compiled> _compiled;

    public TopicCatalog(IReadOnlyList<Topic> topics)
        : this(topics, new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal))
    {
    }

    /// <param name="topics">The topics.</param>
    /// <param name="weakKeywords">Per topic id, words that tag a sentence only under a heading about that topic.</param>
    internal TopicCatalog(IReadOnlyList<Topic> topics, IReadOnlyDictionary<string, IReadOnlyList<string>> weakKeywords)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(weakKeywords);
        Topics = topics;
        _compiled = topics.Select(t => new Compiled(
            t,
            Phrases(t.Aliases),
            Phrases(t.Keywords),
            Phrases(weakKeywords.TryGetValue(t.Id, out var weak) ? weak : []))).ToList();
    }

    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The catalog shipped with the library (Data/topics.json), loaded once.</summary>
    public static TopicCatalog LoadDefault() => LazyDefault.Value;

    /// <summary>
    /// Ids of the topics a sentence is about. A keyword tags on its own; the section heading adds its topics when
    /// the sentence has one of their weak keywords, or no keyword of any topic; the article's headline adds its topics
    /// when the sentence has one of their weak keywords.
    /// </summary>
    public IReadOnlyList<string> Tag(string sentence, string? section, string? headline = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var stems = WordStems.Of(sentence);
        var strong = _compiled.Where(c => c.Keywords.Any(k => k.MatchesIn(stems))).ToHashSet();
        var fromSection = HeadingTopics(section)
            .Where(c => !strong.Contains(c) && (strong.Count == 0 || c.Weak.Any(k => k.MatchesIn(stems))));
        // An article's headline ("Trump Witnesses Azerbaijan-Armenia Peace Deal") says what its body is about, where the
        // sentences may say it only in weak words ("signed a landmark joint declaration"); unlike a section heading,
        // it covers the whole article, so only a weak keyword of its topic tags a sentence.
        var fromHeadline = HeadingTopics(headline).Where(c => !strong.Contains(c) && c.Weak.Any(k => k.MatchesIn(stems)));
        var tagged = strong.Concat(fromSection).Concat(fromHeadline).ToHashSet();
        return _compiled.Where(tagged.Contains).Select(c => c.Topic.Id).ToList();
    }

    /// <summary>The topic a question names (by alias first, then by keyword; the longest phrase wins), or null.</summary>
    public Topic? Resolve(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var stems = WordStems.Of(question);
        Topic? best = null;
        var bestScore = 0;
        foreach (var c in _compiled)
        {
            var score = Math.Max(BestLength(c.Aliases, stems) * 2 + 1, BestLength(c.Keywords, stems) * 2);
            if (score > bestScore && score > 1)
            {
                best = c.Topic;
                bestScore = score;
            }
        }

        return best;
    }

    private List<Compiled> HeadingTopics(string? section)
    {
        if (string.IsNullOrWhiteSpace(section))
        {
            return [];
        }

        var stems = WordStems.Of(section);
        var named = _compiled.Where(c => c.Aliases.Concat(c.Keywords).Any(k => k.MatchesIn(stems))).ToList();
        return named.Count > 0 ? named : _compiled.Where(c => c.Weak.Any(k => k.MatchesIn(stems))).ToList();
    }

    private static int BestLength(IReadOnlyList<TopicPhrase> phrases, string[] stems) =>
        phrases.Where(p => p.MatchesIn(stems)).Select(p => p.Length).DefaultIfEmpty(0).Max();

    private static List<TopicPhrase> Phrases(IEnumerable<string> phrases) =>
        phrases.Select(p => new TopicPhrase(p)).Where(p => !p.IsEmpty).ToList();

    private static TopicCatalog Load()
    {
        var file = DataFile.Load<TopicsFile>("topics.json");
        var topics = file.Topics.Select(t => new Topic(t.Id, t.Name, t.Aliases, t.Keywords)).ToList();
        var weak = file.Topics.ToDictionary(t => t.Id, t => (IReadOnlyList<string>)t.WeakKeywords, StringComparer.Ordinal);
        return new TopicCatalog(topics, weak);
    }

    private sealed record Compiled(Topic Topic, List<TopicPhrase> Aliases, List<TopicPhrase> Keywords, List<TopicPhrase> Weak);
}
