using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace ChatBot.Knowledge.Embeddings;

/// <summary>Identifies a text by the 128-bit xxHash of its UTF-16 characters: a stored vector is reused for the same text.</summary>
internal static class TextHash
{
    public static UInt128 Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
