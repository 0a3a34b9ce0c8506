using System.Text;

namespace ChatBot.Knowledge.Corpus;

/// <summary>Reads one seed file as strict UTF-8, refusing empty, binary and mis-encoded files.</summary>
internal static class SeedFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the text (without a leading BOM), or null with a short reason.</summary>
    public static string? TryRead(string path, out string reason)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            reason = "unreadable (" + ex.Message + ")";
            return null;
        }

        var offset = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var content = bytes.AsSpan(offset);
        if (content.IndexOf((byte)0) >= 0)
        {
            reason = "binary";
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            reason = "not UTF-8";
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            reason = "empty";
            return null;
        }

        reason = "";
        return text;
    }
}
