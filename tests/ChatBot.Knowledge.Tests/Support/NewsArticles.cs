namespace ChatBot.Knowledge.Tests.Support;

/// <summary>Short made-up articles for tests that add news to a seeds folder, with their catalog entries.</summary>
internal static class NewsArticles
{
    public const string BorderFile = "900_border_commissions.txt";

    public const string BorderText = """
        Border commissions agree to start work on the northern section

        The state commissions of Armenia and Azerbaijan on border delimitation met in Yerevan on 12 March 2025 and agreed to start work on the northern section of the border.

        The commissions signed a protocol on the procedure for joint work on the next border segment, Deputy Prime Minister Mher Grigoryan said after the meeting.

        Both sides will exchange topographic maps of the section before the next meeting of the commissions.
        """;

    public const string BorderFact = "agreed to start work on the northern section of the border";

    public const string PrisonersFile = "901_detainees_released.txt";

    public const string PrisonersText = """
        Azerbaijan releases two Armenian detainees

        Azerbaijan released two Armenian detainees on 17 March 2025 after talks between the foreign ministries, the Armenian foreign ministry said.

        The two men had been held since 2023, and their families had appealed for their release as prisoners of war.
        """;

    public const string PrisonersFact = "Azerbaijan released two Armenian detainees";

    public static string CatalogEntry(string file, string title, string published) => $$"""
        { "file": "{{file}}", "title": "{{title}}", "publisher": "Test Wire", "published": "{{published}}", "url": null }
        """;

    /// <summary>A catalog.json listing the given entries.</summary>
    public static string Catalog(params string[] entries) => $$"""
        { "sources": [ {{string.Join(",\n", entries)}} ] }
        """;

    public static string BorderEntry => CatalogEntry(BorderFile, "Border commissions agree to start work on the northern section", "2025-03-13");

    public static string PrisonersEntry => CatalogEntry(PrisonersFile, "Azerbaijan releases two Armenian detainees", "2025-03-18");
}
