using System.Text;

namespace ChatBot.Knowledge.Tests.Corpus;

/// <summary>A throw-away seeds folder.</summary>
internal sealed class TempSeeds : IDisposable
{
    public TempSeeds()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chatbot-seeds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string file, string text)
    {
        var path = System.IO.Path.Combine(Path, file);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string file, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, file);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
