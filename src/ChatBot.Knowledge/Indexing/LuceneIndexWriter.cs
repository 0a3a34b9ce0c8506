using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using LDirectory = Lucene.Net.Store.Directory;

namespace ChatBot.Knowledge.Indexing;

/// <summary>Writes a corpus model into a Lucene directory: one document per paragraph and one per fact.</summary>
internal static class LuceneIndexWriter
{
    public static void Write(LDirectory directory, CorpusModel model, KnowledgeText text)
    {
        var config = new IndexWriterConfig(KnowledgeAnalyzer.Version, text.PerField)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var paragraph in model.Paragraphs)
        {
            var body = $"{paragraph.Block.Section} {paragraph.Block.Text}";
            writer.AddDocument(Document(FieldNames.ParagraphKind, paragraph.Id, paragraph.Source.File, body, paragraph.Source.Published, []));
        }

        foreach (var fact in model.Facts)
        {
            writer.AddDocument(Document(FieldNames.FactKind, fact.Id, fact.Source.File, fact.Fact.Text, fact.EffectiveDate, fact.Fact.Topics));
        }

        writer.ForceMerge(1);
        writer.Commit();
    }

    private static Document Document(string kind, int ordinal, string file, string body, DateOnly date, IReadOnlyList<string> topics)
    {
        var day = date.Year * 10000L + date.Month * 100 + date.Day;
        var document = new Document
        {
            new StringField(FieldNames.Id, $"{kind}:{ordinal.ToString(CultureInfo.InvariantCulture)}", Field.Store.YES),
            new StringField(FieldNames.Kind, kind, Field.Store.YES),
            new StringField(FieldNames.File, file, Field.Store.YES),
            new Int32Field(FieldNames.Ordinal, ordinal, Field.Store.YES),
            new TextField(FieldNames.Text, body, Field.Store.NO),
            new TextField(FieldNames.TextExact, body, Field.Store.NO),
            new Int64Field(FieldNames.Date, day, Field.Store.YES),
            new NumericDocValuesField(FieldNames.Date, day),
        };
        foreach (var topic in topics) document.Add(new StringField(FieldNames.Topic, topic, Field.Store.NO));
        return document;
    }
}
