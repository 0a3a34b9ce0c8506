using ChatBot.Knowledge.Corpus;
using ChatBot.Knowledge.Facts;

namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// What the pipeline extracted from one article, before facts and paragraphs get their corpus-wide ids: the unit a
/// generation stores, and that a reindex reuses when the article's <see cref="ContentKey"/> is unchanged.
/// </summary>
/// <param name="Article">The article with its classified blocks.</param>
/// <param name="ContentKey">Identifies the text, the publication date and the engine build the facts came from.</param>
/// <param name="Paragraphs">One entry per body paragraph, in order.</param>
internal sealed record ExtractedArticle(SourceArticle Article, string ContentKey, IReadOnlyList<ExtractedParagraph> Paragraphs)
{
    /// <summary>The same extraction for an article whose metadata changed but whose text and date did not.</summary>
    public ExtractedArticle WithSource(Source source) =>
        source == Article.Source ? this : this with { Article = Article with { Source = source } };
}

/// <summary>A body paragraph's terms and its sentences' facts with their terms.</summary>
internal sealed record ExtractedParagraph(TermSet Terms, IReadOnlyList<ExtractedFact> Facts);

/// <summary>A sentence's fact and its stemmed terms.</summary>
internal sealed record ExtractedFact(Fact Fact, TermSet Terms);
