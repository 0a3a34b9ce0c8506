#pragma warning disable CA1822
namespace ChatBot.Knowledge.Facts;

/// <summary>The curated list of people, places and organisations (Data/gazetteer.json).</summary>
public sealed class Gazetteer
{
    public Gazetteer(IReadOnlyList<GazetteerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
    }

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    public static Gazetteer LoadDefault() => new([]);

    /// <summary>Known entities named in <paramref name="text"/>, with spans relative to it.</summary>
    public IReadOnlyList<EntityMention> FindMentions(string text) => [];
}
