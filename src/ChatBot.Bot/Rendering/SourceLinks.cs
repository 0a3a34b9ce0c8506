using System.Globalization;
using ChatBot.Knowledge.Answers;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Rendering;

/// <summary>The link a citation points to: the source's own URL, else the bot's source view of the paragraph.</summary>
public sealed class SourceLinks
{
    private readonly string _baseUrl;

    public SourceLinks(IOptions<SourceLinkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');
    }

    public string For(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        if (citation.Url is { Length: > 0 } url) return url;
        var paragraph = (citation.Paragraph + 1).ToString(CultureInfo.InvariantCulture);
        return $"{_baseUrl}/sources/{Uri.EscapeDataString(citation.File)}#p{paragraph}";
    }
}
