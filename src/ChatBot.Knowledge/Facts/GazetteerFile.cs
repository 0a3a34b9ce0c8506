namespace ChatBot.Knowledge.Facts;

/// <summary>The shape of Data/gazetteer.json.</summary>
internal sealed class GazetteerFile
{
    public List<Item> Entries { get; init; } = [];

    internal sealed class Item
    {
        public string Name { get; init; } = "";

        public EntityKind Kind { get; init; }

        public List<string>? Aliases { get; init; }

        public string? Role { get; init; }

        public string? Side { get; init; }

        public string? Gender { get; init; }
    }
}
