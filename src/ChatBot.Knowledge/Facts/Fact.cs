using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Facts;

/// <summary>One sentence of body text and what was extracted from it.</summary>
/// <remarks>
/// A fact keeps the article text its span points into rather than its own copy of the sentence: a large corpus
/// holds hundreds of thousands of facts, few of which a question ever reads.
/// </remarks>
public sealed record Fact
{
    private readonly string _article;

    /// <param name="article">The whole article text; the sentence is its <paramref name="span"/>.</param>
    /// <param name="span">Where the sentence is in the article text.</param>
    /// <param name="dates">Dates it mentions, in order of appearance.</param>
    /// <param name="quantities">Numbers with units.</param>
    /// <param name="entities">People, places and organisations it names.</param>
    /// <param name="speaker">Canonical name of who said it (quote or reported speech), or null.</param>
    /// <param name="topics">Topic ids from the topics data file.</param>
    public Fact(string article, TextSpan span, IReadOnlyList<EventDate> dates, IReadOnlyList<Quantity> quantities, IReadOnlyList<EntityMention> entities, string? speaker, IReadOnlyList<string> topics)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentOutOfRangeException.ThrowIfNegative(span.Start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(span.End, article.Length);
        _article = article;
        Span = span;
        Dates = dates;
        Quantities = quantities;
        Entities = entities;
        Speaker = speaker;
        Topics = topics;
    }

    /// <summary>Where the sentence is in the article text.</summary>
    public TextSpan Span { get; }

    /// <summary>The sentence, verbatim; cut from the article text on each use.</summary>
    public string Text => Span.Of(_article);

    /// <summary>Dates it mentions, in order of appearance.</summary>
    public IReadOnlyList<EventDate> Dates { get; }

    /// <summary>Numbers with units.</summary>
    public IReadOnlyList<Quantity> Quantities { get; }

    /// <summary>People, places and organisations it names.</summary>
    public IReadOnlyList<EntityMention> Entities { get; }

    /// <summary>Canonical name of who said it (quote or reported speech), or null.</summary>
    public string? Speaker { get; init; }

    /// <summary>Topic ids from the topics data file.</summary>
    public IReadOnlyList<string> Topics { get; }
}
