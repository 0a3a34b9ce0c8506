namespace ChatBot.Knowledge.Facts;

/// <summary>The shape of Data/topics.json.</summary>
internal sealed class TopicsFile
{
    public List<Item> Topics { get; init; } = [];

    internal sealed class Item
    {
        public string Id { get; init; } = "";

        public string Name { get; init; } = "";

        public List<string> Aliases { get; init; } = [];

        public List<string> Keywords { get; init; } = [];

        public List<string> WeakKeywords { get; init; } = [];
    }
}
