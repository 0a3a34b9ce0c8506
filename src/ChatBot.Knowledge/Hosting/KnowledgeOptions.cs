using System.ComponentModel.DataAnnotations;

namespace ChatBot.Knowledge.Hosting;

/// <summary>Where the seeds and the index live. Relative paths resolve against the folder of appsettings.json.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>Folder of seed articles and catalog.json.</summary>
    /// <value>Default <c>seeds</c>.</value>
    [Required] public string SeedsPath { get; set; } = "seeds";

    /// <summary>Folder that holds the Lucene index generations.</summary>
    /// <value>Default <c>.index</c>.</value>
    [Required] public string IndexPath { get; set; } = ".index";

    /// <summary>Reindex automatically when seed files change.</summary>
    /// <value>Default false.</value>
    public bool WatchSeeds { get; set; }

    /// <summary>With <see cref="WatchSeeds"/>: how long the seeds folder must stay unchanged before the reindex starts.</summary>
    /// <value>Default 2 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")] public TimeSpan WatchDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Most citations an answer carries (the rest are offered with "more").</summary>
    /// <value>Default 8.</value>
    [Range(1, 20)] public int MaxCitations { get; set; } = 8;
}
