namespace ChatBot.Knowledge.Tests.Hosting;

/// <summary>Made-up articles in the shape of the seeds, for reindex tests.</summary>
internal static class TestArticles
{
    public const string Gabala = """
        Armenian and Azerbaijani border commissions meet in Gabala

        The border delimitation commissions of Armenia and Azerbaijan met in Gabala on 14 October 2025, the Armenian government said in a statement.

        The delegations were led by Deputy Prime Ministers Mher Grigoryan and Shahin Mustafayev. They discussed the regulations of the joint commissions and the next sections of the border to be delimited.

        Grigoryan said the two sides agreed to meet again in Yerevan before the end of the year.
        """;

    /// <summary>Only page furniture: share buttons, an advertisement and a comment form, no body paragraph.</summary>
    public const string NoBody = """
        Listen to the article.

        Share this article

        Advertisement

        Leave a Reply

        Your email address will not be published.
        """;
}
