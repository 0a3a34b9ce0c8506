using System.Runtime.InteropServices;
using System.Text;

namespace ChatBot.Knowledge.Embeddings;

/// <summary>
/// <c>fact-vectors.bin</c> in a generation folder, little-endian: the magic <c>CBVEC</c> and format version, the
/// dimensions, row count, element type (1 = float32) and model id; then one 16-byte text hash per row; then the rows.
/// Read back with one read per section, no parsing per value.
/// </summary>
internal static class VectorFile
{
    public const string FileName = "fact-vectors.bin";

    private const int FormatVersion = 1;
    private const int Float32 = 1;
    private const int HashBytes = 16;
    private static readonly byte[] Magic = "CBVEC\0\0\0"u8.ToArray();

    public static void Write(string folder, FactVectors vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        using var stream = new FileStream(Path.Combine(folder, FileName), FileMode.Create, FileAccess.Write, FileShare.None);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(vectors.Dimensions);
            writer.Write(vectors.Count);
            writer.Write(Float32);
            writer.Write(vectors.ModelId);
        }

        stream.Write(MemoryMarshal.AsBytes(vectors.TextHashes));
        stream.Write(MemoryMarshal.AsBytes(vectors.Values));
    }

    /// <summary>The vectors stored in <paramref name="folder"/>; null when there is no file or it is damaged.</summary>
    public static FactVectors? TryRead(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            return Read(path);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private static FactVectors Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion) throw new InvalidDataException("not a vector file");
        var dimensions = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (reader.ReadInt32() != Float32 || dimensions < 1 || count < 0) throw new InvalidDataException("unsupported vector layout");
        var modelId = reader.ReadString();
        if (stream.Length - stream.Position != (long)count * (HashBytes + dimensions * sizeof(float))) throw new InvalidDataException("truncated vector file");
        var hashes = new UInt128[count];
        stream.ReadExactly(MemoryMarshal.AsBytes(hashes.AsSpan()));
        var values = new float[(long)count * dimensions];
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return new FactVectors(modelId, dimensions, hashes, values);
    }
}
