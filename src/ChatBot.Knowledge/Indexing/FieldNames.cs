namespace ChatBot.Knowledge.Indexing;

/// <summary>Lucene field names of the index.</summary>
internal static class FieldNames
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string File = "file";
    public const string Ordinal = "ordinal";
    public const string Text = "text";
    public const string TextExact = "text_exact";
    public const string Topic = "topic";
    public const string Date = "date";

    public const string FactKind = "fact";
    public const string ParagraphKind = "paragraph";
}
