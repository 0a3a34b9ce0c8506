namespace ChatBot.Knowledge.Paragraphs;

/// <summary>Layout rules: where the article ends, and what each block of the article itself is.</summary>
public sealed partial class ArticleCleaner
{
    /// <summary>
    /// Index of the first block after the article's own text: the first related/comment/author cue, or an
    /// author signature (a name line that repeats or is followed by the author's bio), or a run of numbered
    /// reader comments just before a comment cue.
    /// </summary>
    private static int FindArticleEnd(List<BlockShape> shapes, Cue[] cues, out bool startsWithCue)
    {
        var seenBody = false;
        for (var i = 0; i < shapes.Count; i++)
        {
            if (cues[i] is Cue.Related or Cue.Author)
            {
                startsWithCue = true;
                return i;
            }

            if (cues[i] == Cue.Comments)
            {
                startsWithCue = true;
                return StartOfCommentRun(shapes, cues, i);
            }

            if (cues[i] != Cue.None)
            {
                continue;
            }

            if (seenBody && IsSignature(shapes, cues, i))
            {
                startsWithCue = false;
                return i;
            }

            seenBody |= !shapes[i].IsTitleLike;
        }

        startsWithCue = false;
        return shapes.Count;
    }

    /// <summary>Numbered items directly above a comment cue are the comments themselves, unless a colon introduces them.</summary>
    private static int StartOfCommentRun(List<BlockShape> shapes, Cue[] cues, int cue)
    {
        var start = cue;
        for (var j = cue - 1; j >= 0; j--)
        {
            if (cues[j] == Cue.Boilerplate)
            {
                continue;
            }

            if (cues[j] != Cue.None || !shapes[j].IsNumbered)
            {
                break;
            }

            start = j;
        }

        var before = start - 1;
        while (before >= 0 && cues[before] == Cue.Boilerplate)
        {
            before--;
        }

        return before >= 0 && shapes[before].Text.EndsWith(':') ? cue : start;
    }

    /// <summary>A name line that repeats later, is followed by a bio starting with that name, or closes the text.</summary>
    private static bool IsSignature(List<BlockShape> shapes, Cue[] cues, int i)
    {
        var shape = shapes[i];
        if (!shape.IsNameLike)
        {
            return false;
        }

        var name = TextShape.NamePart(shape.Text);
        var next = NextContent(cues, i);
        if (next < 0)
        {
            return true;
        }

        if (shapes[next].Text.StartsWith(name + " ", StringComparison.Ordinal))
        {
            return true;
        }

        for (var j = i + 1; j < shapes.Count; j++)
        {
            if (string.Equals(TextShape.NamePart(shapes[j].Text), name, StringComparison.Ordinal) && shapes[j].IsNameLike)
            {
                return true;
            }
        }

        return false;
    }

    private static int NextContent(Cue[] cues, int i)
    {
        for (var j = i + 1; j < cues.Length; j++)
        {
            if (cues[j] == Cue.None)
            {
                return j;
            }
        }

        return -1;
    }

    private static void ClassifyArticle(List<BlockShape> shapes, Cue[] cues, BlockKind[] kinds, int end)
    {
        var seenContent = false;
        var seenBody = false;
        for (var i = 0; i < end; i++)
        {
            var shape = shapes[i];
            kinds[i] = KindOfCue(cues[i]);
            if (cues[i] != Cue.None)
            {
                continue;
            }

            if (!seenBody && (shape.IsTitleLike || !seenContent && shape.IsShortQuestion) && HasBodyAfter(shapes, cues, i, end))
            {
                // Unpunctuated lines before the first paragraph: the headline (and a standfirst directly under it).
                kinds[i] = !seenContent || kinds[PreviousContent(cues, i)] == BlockKind.Headline ? BlockKind.Headline : BlockKind.SectionHeading;
            }
            else if (seenBody && shape.IsTitleLike && HasBodyAfter(shapes, cues, i, end))
            {
                kinds[i] = BlockKind.SectionHeading;
            }
            else if (shape.IsNameLike && NextContent(cues, i) is var next && (next < 0 || next >= end))
            {
                kinds[i] = BlockKind.AuthorBio;
            }
            else
            {
                seenBody = true;
            }

            seenContent = true;
        }
    }

    /// <summary>A paragraph follows (at most one more title-like line in between) before the article ends.</summary>
    private static bool HasBodyAfter(List<BlockShape> shapes, Cue[] cues, int i, int end)
    {
        var titles = 0;
        for (var j = i + 1; j < end; j++)
        {
            if (cues[j] != Cue.None)
            {
                continue;
            }

            if (!shapes[j].IsTitleLike)
            {
                return true;
            }

            if (++titles > 1)
            {
                return false;
            }
        }

        return false;
    }

    private static BlockKind KindOfCue(Cue cue) => cue switch
    {
        Cue.None => BlockKind.Body,
        Cue.Teaser => BlockKind.RelatedTeaser,
        Cue.Caption => BlockKind.Caption,
        Cue.Byline => BlockKind.AuthorBio,
        _ => BlockKind.Boilerplate,
    };

    private static int PreviousContent(Cue[] cues, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (cues[j] == Cue.None)
            {
                return j;
            }
        }

        return 0;
    }

    private void ClassifyTrailer(List<BlockShape> shapes, Cue[] cues, BlockKind[] kinds, int end, bool startsWithCue)
    {
        var region = startsWithCue ? Cue.None : Cue.Author;
        for (var i = end; i < shapes.Count; i++)
        {
            var shape = shapes[i];
            switch (cues[i])
            {
                case Cue.Related or Cue.Comments or Cue.Author:
                    region = cues[i];
                    kinds[i] = BlockKind.Boilerplate;
                    continue;
                case not Cue.None:
                    kinds[i] = KindOfCue(cues[i]);
                    continue;
            }

            if (shape.IsNumbered && region != Cue.Related)
            {
                region = Cue.Comments;
            }

            kinds[i] = region switch
            {
                Cue.Related => BlockKind.RelatedTeaser,
                Cue.Author => BlockKind.AuthorBio,
                _ when shape.IsNameLike || CleanerPatterns.Any(_patterns.Bios, shape.Text) => BlockKind.AuthorBio,
                _ => BlockKind.ReaderComment,
            };
        }
    }
}
