using Lucene.Net.Index;
using LDirectory = Lucene.Net.Store.Directory;

namespace ChatBot.Knowledge.Indexing;

/// <summary>Deletes a retired generation once the last request reading it has finished.</summary>
internal sealed class DeleteFolderWhenClosed(string? path, LDirectory directory) : IReaderDisposedListener
{
    public void OnDispose(IndexReader reader)
    {
        directory.Dispose();
        if (path is null) return;
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Still open elsewhere; stale generations are removed at the next start.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
