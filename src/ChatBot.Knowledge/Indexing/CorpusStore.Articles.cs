namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// The directory of a store's articles by content key: a reindex after a restart reads only the unchanged articles
/// it takes over, one at a time, instead of the whole stored corpus beside the one it is building.
/// </summary>
internal static partial class CorpusStore
{
    /// <summary>The articles stored in <paramref name="folder"/>, to be read by content key; null when there is no readable store.</summary>
    public static StoredArticles? OpenArticles(string? folder)
    {
        if (folder is null) return null;
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        StoreReader? reader = null;
        try
        {
            reader = new StoreReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion) throw new FormatException("not a corpus store of this version");
            var directory = reader.ReadInt64();
            reader.ReadSharedTable(directory);
            var offsets = new Dictionary<string, long>(StringComparer.Ordinal);
            for (var count = reader.ReadInt32(); count > 0; count--) offsets.TryAdd(reader.ReadString(), reader.ReadInt64());
            return new StoredArticles(reader, offsets);
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            // Nothing is reused from a damaged or older store: every article is extracted again.
            reader?.Dispose();
            return null;
        }
    }

    private static void WriteDirectory(StoreWriter writer, IReadOnlyList<ExtractedArticle> articles, long[] offsets)
    {
        writer.Flush();
        var stream = writer.BaseStream;
        var start = stream.Position;
        writer.Write(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            writer.Write(articles[i].ContentKey);
            writer.Write(offsets[i]);
        }

        writer.Flush();
        var end = stream.Position;
        stream.Position = HeaderLength - sizeof(long);
        writer.Write(start);
        writer.Flush();
        stream.Position = end;
    }

    /// <summary>An open store read article by article. Thread-safe; reads take turns.</summary>
    internal sealed class StoredArticles : IDisposable
    {
        private readonly StoreReader _reader;
        private readonly Dictionary<string, long> _offsets;
        private readonly Lock _gate = new();

        public StoredArticles(StoreReader reader, Dictionary<string, long> offsets)
        {
            _reader = reader;
            _offsets = offsets;
        }

        /// <summary>Content keys of the stored articles.</summary>
        public IReadOnlyCollection<string> Keys => _offsets.Keys;

        /// <summary>The article stored under <paramref name="contentKey"/>, or null when there is none or it cannot be read.</summary>
        public ExtractedArticle? Find(string contentKey)
        {
            if (!_offsets.TryGetValue(contentKey, out var offset)) return null;
            lock (_gate)
            {
                try
                {
                    _reader.BaseStream.Position = offset;
                    return ReadArticle(_reader);
                }
                catch (Exception ex) when (IsDamage(ex))
                {
                    return null;
                }
            }
        }

        public void Dispose() => _reader.Dispose();
    }
}
