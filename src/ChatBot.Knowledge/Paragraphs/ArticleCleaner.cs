namespace ChatBot.Knowledge.Paragraphs;

/// <summary>
/// Splits an article into blocks (non-blank lines) and classifies each one, so that only the article's own
/// text is answerable. Patterns come from <c>Data/boilerplate.json</c>; the layout rules are general: a headline
/// is a short unpunctuated first line, section headings are short unpunctuated lines between body paragraphs,
/// and everything after the article's end (author box, related-article list, comment section) is never body.
/// </summary>
public sealed partial class ArticleCleaner
{
    private readonly CleanerPatterns _patterns;

    private ArticleCleaner(CleanerPatterns patterns) => _patterns = patterns;

    /// <summary>The cleaner with the shipped patterns. Thread-safe.</summary>
    public static ArticleCleaner Default { get; } = new(CleanerPatterns.Default);

    /// <summary>Returns the article's non-blank blocks in order, each classified.</summary>
    /// <param name="text">The article text, exactly as loaded; block offsets point into it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<Block> Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shapes = ScanLines(text);
        var kinds = new BlockKind[shapes.Count];
        var cues = shapes.Select(CueOf).ToArray();
        var end = FindArticleEnd(shapes, cues, out var trailerStartsWithCue);
        ClassifyArticle(shapes, cues, kinds, end);
        ClassifyTrailer(shapes, cues, kinds, end, trailerStartsWithCue);

        var blocks = new List<Block>(shapes.Count);
        string? section = null;
        for (var i = 0; i < shapes.Count; i++)
        {
            var shape = shapes[i];
            if (kinds[i] == BlockKind.SectionHeading)
            {
                section = shape.Text;
            }

            blocks.Add(new Block(kinds[i], text, shape.Start, shape.Length, kinds[i] == BlockKind.Body ? section : null));
        }

        return blocks;
    }

    private List<BlockShape> ScanLines(string text)
    {
        var shapes = new List<BlockShape>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var from = lineStart;
            var to = lineEnd;
            while (from < to && TextShape.IsSpace(text[from]))
            {
                from++;
            }

            while (to > from && TextShape.IsSpace(text[to - 1]))
            {
                to--;
            }

            if (to > from)
            {
                var leading = text[lineStart..from];
                var block = text[from..to];
                var hasNoteMark = _patterns.NoteMarks.Any(mark =>
                    leading.Contains(mark, StringComparison.Ordinal) || block.StartsWith(mark, StringComparison.Ordinal));
                shapes.Add(new BlockShape(from, block, hasNoteMark));
            }

            lineStart = lineEnd + 1;
        }

        return shapes;
    }

    /// <summary>What the block alone says: furniture, cues, inline teasers; <see cref="Cue.None"/> when the layout decides.</summary>
    private Cue CueOf(BlockShape shape)
    {
        var text = shape.Text;
        if (CleanerPatterns.Any(_patterns.RelatedCues, text))
        {
            return Cue.Related;
        }

        if (CleanerPatterns.Any(_patterns.CommentCues, text))
        {
            return Cue.Comments;
        }

        if (CleanerPatterns.Any(_patterns.AuthorCues, text))
        {
            return Cue.Author;
        }

        if (shape.HasNoteMark || CleanerPatterns.Any(_patterns.Boilerplate, text))
        {
            return Cue.Boilerplate;
        }

        if (CleanerPatterns.Any(_patterns.Teasers, text))
        {
            return Cue.Teaser;
        }

        if (CleanerPatterns.Any(_patterns.Captions, text))
        {
            return Cue.Caption;
        }

        return CleanerPatterns.Any(_patterns.Bylines, text) ? Cue.Byline : Cue.None;
    }
}
