using System.Text;

namespace ChatBot.Knowledge.Indexing;

/// <summary>Reads what a <see cref="StoreWriter"/> wrote: one string object per shared string, however often it occurs.</summary>
internal sealed class StoreReader(Stream stream) : BinaryReader(stream, Encoding.UTF8, leaveOpen: false)
{
    private string[] _table = [];

    /// <summary>Loads the table from the end of the file, then returns to <paramref name="dataStart"/>.</summary>
    public void ReadSharedTable(long dataStart)
    {
        BaseStream.Seek(-sizeof(long), SeekOrigin.End);
        BaseStream.Seek(ReadInt64(), SeekOrigin.Begin);
        _table = new string[ReadInt32()];
        for (var i = 0; i < _table.Length; i++) _table[i] = ReadString();
        BaseStream.Seek(dataStart, SeekOrigin.Begin);
    }

    public string ReadShared() => _table[Read7BitEncodedInt()];
}
