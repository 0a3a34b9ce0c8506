namespace ChatBot.Tests.Admin;

/// <summary>An article newer than every seed, in the seeds' plain-text shape, with no catalog entry.</summary>
internal static class NewArticle
{
    public const string File = "005_white_house_initialing.txt";

    public const string Title = "Armenia and Azerbaijan initial peace agreement at the White House";

    public const string Text = """
        Armenia and Azerbaijan initial peace agreement at the White House

        Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev initialed the text of a peace agreement at the White House on August 8, 2025, in a ceremony hosted by U.S. President Donald Trump.

        The foreign ministers of the two countries, Ararat Mirzoyan and Jeyhun Bayramov, initialed the 17-article treaty, whose text had been agreed in March. The leaders also signed a joint declaration and appealed for the dissolution of the OSCE Minsk Group.

        Under the declaration, a transit route through Armenia's Syunik province will connect Azerbaijan with its Nakhchivan exclave. The route is to be called the Trump Route for International Peace and Prosperity.

        Pashinyan said the agreement opened the way to a lasting peace, while Aliyev said the two countries had turned the page on decades of conflict. The treaty still has to be signed and ratified; Azerbaijan wants Armenia first to remove territorial claims from its constitution.
        """;

    public static void CopyInto(string seedsPath) => System.IO.File.WriteAllText(Path.Combine(seedsPath, File), Text);
}
