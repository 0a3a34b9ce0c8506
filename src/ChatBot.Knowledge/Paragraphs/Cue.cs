namespace ChatBot.Knowledge.Paragraphs;

/// <summary>What a block says about itself, before layout is considered.</summary>
internal enum Cue
{
    /// <summary>Nothing: the layout decides.</summary>
    None,

    /// <summary>Page furniture wherever it appears.</summary>
    Boilerplate,

    /// <summary>An inline link to another article.</summary>
    Teaser,

    /// <summary>Starts a related-articles list.</summary>
    Related,

    /// <summary>Starts the comment section or comment form.</summary>
    Comments,

    /// <summary>Part of the author box.</summary>
    Author,

    /// <summary>A photo caption or credit.</summary>
    Caption,

    /// <summary>A byline ("By Jane Doe").</summary>
    Byline,
}
