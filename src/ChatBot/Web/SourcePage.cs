using System.Globalization;
using System.Net;
using System.Text;
using ChatBot.Knowledge.Corpus;

namespace ChatBot.Web;

/// <summary>
/// Renders one article for people checking a citation: title, publisher, date, and the body paragraphs numbered
/// <c>p1</c>, <c>p2</c>… (a citation's paragraph index + 1), with a cited character range marked.
/// </summary>
internal static class SourcePage
{
    public static string Render(SourceArticle article, int? start, int? length)
    {
        ArgumentNullException.ThrowIfNull(article);
        var source = article.Source;
        var html = new StringBuilder(article.Text.Length * 2);
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(source.Title)).Append("</title>\n")
            .Append("<link rel=\"icon\" href=\"/favicon.ico\">\n<link rel=\"stylesheet\" href=\"/css/site.css\">\n</head>\n<body class=\"source\">\n")
            .Append("<nav><a href=\"/\">&larr; Back to the chat</a></nav>\n<article>\n<header>\n")
            .Append("<h1>").Append(E(source.Title)).Append("</h1>\n<p class=\"byline\">");
        if (!string.IsNullOrWhiteSpace(source.Publisher))
        {
            html.Append("<span class=\"publisher\">").Append(E(source.Publisher)).Append("</span> &middot; ");
        }

        html.Append("<time datetime=\"").Append(source.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">")
            .Append(source.Published.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append("</time>");
        if (!string.IsNullOrWhiteSpace(source.Author))
        {
            html.Append(" &middot; ").Append(E(source.Author));
        }

        html.Append("</p>\n");
        if (Uri.TryCreate(source.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            html.Append("<p class=\"original\"><a href=\"").Append(E(url.AbsoluteUri))
                .Append("\" rel=\"noopener noreferrer\">Read the original article</a></p>\n");
        }

        html.Append("</header>\n");
        AppendParagraphs(html, article, start, length);
        html.Append("</article>\n<script src=\"/source.js\"></script>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static string NotFound(string message) =>
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Source not found</title>\n"
        + "<link rel=\"icon\" href=\"/favicon.ico\">\n<link rel=\"stylesheet\" href=\"/css/site.css\">\n</head>\n<body class=\"source\">\n"
        + "<nav><a href=\"/\">&larr; Back to the chat</a></nav>\n<h1>Source not found</h1>\n<p>" + E(message) + "</p>\n</body>\n</html>\n";

    private static void AppendParagraphs(StringBuilder html, SourceArticle article, int? start, int? length)
    {
        var markStart = start ?? -1;
        var markEnd = start is not null && length is > 0 ? markStart + length.Value : -1;
        string? section = null;
        for (var i = 0; i < article.BodyParagraphs.Count; i++)
        {
            var block = article.BodyParagraphs[i];
            if (block.Section is not null && !string.Equals(block.Section, section, StringComparison.Ordinal))
            {
                section = block.Section;
                html.Append("<h2>").Append(E(section)).Append("</h2>\n");
            }

            var from = Math.Max(markStart, block.Start) - block.Start;
            var to = Math.Min(markEnd, block.End) - block.Start;
            var cited = to > from;
            html.Append("<p id=\"p").Append(i + 1).Append(cited ? "\" class=\"cited\">" : "\">")
                .Append("<a class=\"pn\" href=\"#p").Append(i + 1).Append("\">").Append(i + 1).Append("</a> ");
            if (cited)
            {
                html.Append(E(block.Text[..from])).Append("<mark>").Append(E(block.Text[from..to])).Append("</mark>")
                    .Append(E(block.Text[to..]));
            }
            else
            {
                html.Append(E(block.Text));
            }

            html.Append("</p>\n");
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
