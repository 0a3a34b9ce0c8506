using System.Text;

namespace ChatBot.Knowledge.Indexing;

/// <summary>
/// A binary writer that stores repeated strings (terms, names, topics) once: each is written as its number in a
/// table that follows the data, and the file ends with the table's offset (see <see cref="StoreReader"/>).
/// </summary>
internal sealed class StoreWriter(Stream stream) : BinaryWriter(stream, Encoding.UTF8, leaveOpen: false)
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _table = [];

    public void WriteShared(string value)
    {
        if (!_ids.TryGetValue(value, out var id))
        {
            id = _table.Count;
            _ids[value] = id;
            _table.Add(value);
        }

        Write7BitEncodedInt(id);
    }

    /// <summary>Writes the table of shared strings and, last, where it starts.</summary>
    public void WriteSharedTable()
    {
        Flush();
        var offset = BaseStream.Position;
        Write(_table.Count);
        foreach (var value in _table) Write(value);
        Write(offset);
    }
}
