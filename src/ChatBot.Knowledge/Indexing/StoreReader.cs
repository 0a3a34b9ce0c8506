using System.Text;

namespace ChatBot.Knowledge.Indexing;

/// <summary>Reads what a <see cref="StoreWriter"/> wrote: one string object per shared string, however often it occurs.</summary>
internal sealed class StoreReader(Stream stream) : BinaryReader(stream, Encoding.UTF8, leaveOpen: false)
{
    private string[] _table = [];
    private int[] _termIds = [];

    /// <summary>The pool the terms of this store are numbered in as they are first read.</summary>
    public TermPool Terms { get; } = new();

    /// <summary>Loads the table from the end of the file, then returns to <paramref name="dataStart"/>.</summary>
    public void ReadSharedTable(long dataStart)
    {
        BaseStream.Seek(-sizeof(long), SeekOrigin.End);
        BaseStream.Seek(ReadInt64(), SeekOrigin.Begin);
        _table = new string[ReadInt32()];
        for (var i = 0; i < _table.Length; i++) _table[i] = ReadString();
        _termIds = new int[_table.Length];
        Array.Fill(_termIds, -1);
        BaseStream.Seek(dataStart, SeekOrigin.Begin);
    }

    public string ReadShared() => _table[Read7BitEncodedInt()];

    /// <summary>A shared string as a term: its number in <see cref="Terms"/>, looked up once per distinct term.</summary>
    public int ReadTermId()
    {
        var index = Read7BitEncodedInt();
        var id = _termIds[index];
        if (id < 0) _termIds[index] = id = Terms.Id(_table[index]);
        return id;
    }
}
