using ChatBot.Knowledge.Embeddings;

namespace ChatBot.Knowledge.Tests.Embeddings;

public sealed class VectorFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatbot-vectors-").FullName;

    [Fact]
    public void TryRead_WrittenFile_SameModelHashesAndRows()
    {
        var written = new FactVectors("model-x", 3, [TextHash.Of("a"), TextHash.Of("b")], [1, 0, 0, 0, 0.6f, 0.8f]);

        VectorFile.Write(_folder, written);
        var read = VectorFile.TryRead(_folder);

        Assert.NotNull(read);
        Assert.Equal("model-x", read.ModelId);
        Assert.Equal(3, read.Dimensions);
        Assert.Equal(written.TextHashes.ToArray(), read.TextHashes.ToArray());
        Assert.Equal(written.Values.ToArray(), read.Values.ToArray());
    }

    [Fact]
    public void TryRead_NoFile_Null()
    {
        Assert.Null(VectorFile.TryRead(_folder));
    }

    [Fact]
    public void TryRead_TruncatedFile_Null()
    {
        VectorFile.Write(_folder, new FactVectors("model-x", 3, [TextHash.Of("a")], [1, 0, 0]));
        var path = Path.Combine(_folder, VectorFile.FileName);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..^4]);

        Assert.Null(VectorFile.TryRead(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
