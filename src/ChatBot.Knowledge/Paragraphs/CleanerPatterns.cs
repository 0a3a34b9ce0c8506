using System.Text.RegularExpressions;
using ChatBot.Knowledge.Data;

namespace ChatBot.Knowledge.Paragraphs;

/// <summary>The page-furniture patterns from <c>Data/boilerplate.json</c>, compiled once.</summary>
internal sealed class CleanerPatterns
{
    private const RegexOptions Flags = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private CleanerPatterns(Data data)
    {
        Boilerplate = Compile(data.Boilerplate);
        NoteMarks = data.NoteMarks ?? [];
        RelatedCues = Compile(data.RelatedCues);
        CommentCues = Compile(data.CommentCues);
        AuthorCues = Compile(data.AuthorCues);
        Teasers = Compile(data.Teasers);
        Captions = Compile(data.Captions);
        Bylines = Compile(data.Bylines);
        Bios = Compile(data.Bios);
    }

    public static CleanerPatterns Default { get; } = new(DataFile.Load<Data>("boilerplate.json"));

    /// <summary>Blocks that are page furniture wherever they appear.</summary>
    public IReadOnlyList<Regex> Boilerplate { get; }

    /// <summary>Leading marks (before trimming) that flag an editorial note.</summary>
    public IReadOnlyList<string> NoteMarks { get; }

    /// <summary>Cues after which related-article teasers follow.</summary>
    public IReadOnlyList<Regex> RelatedCues { get; }

    /// <summary>Cues after which reader comments (or the comment form) follow.</summary>
    public IReadOnlyList<Regex> CommentCues { get; }

    /// <summary>Cues that belong to the author box at the end of an article.</summary>
    public IReadOnlyList<Regex> AuthorCues { get; }

    /// <summary>Inline related-article links such as "Read moreSome Title".</summary>
    public IReadOnlyList<Regex> Teasers { get; }

    /// <summary>Photo captions and credits.</summary>
    public IReadOnlyList<Regex> Captions { get; }

    /// <summary>Bylines ("By Jane Doe").</summary>
    public IReadOnlyList<Regex> Bylines { get; }

    /// <summary>Author bio and social-feed lines; only consulted after the article's end.</summary>
    public IReadOnlyList<Regex> Bios { get; }

    public static bool Any(IReadOnlyList<Regex> patterns, string text)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    private static Regex[] Compile(IReadOnlyList<string>? patterns) =>
        patterns is null ? [] : [.. patterns.Select(p => new Regex(p, Flags, Timeout))];

    private sealed record Data(
        IReadOnlyList<string>? Boilerplate,
        IReadOnlyList<string>? NoteMarks,
        IReadOnlyList<string>? RelatedCues,
        IReadOnlyList<string>? CommentCues,
        IReadOnlyList<string>? AuthorCues,
        IReadOnlyList<string>? Teasers,
        IReadOnlyList<string>? Captions,
        IReadOnlyList<string>? Bylines,
        IReadOnlyList<string>? Bios);
}
