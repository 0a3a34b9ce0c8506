using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Indexing;

/// <summary>Facts and their parts in the store; a fact's text is its span of the article text, so it is not stored twice.</summary>
internal static partial class CorpusStore
{
    private static void WriteFact(StoreWriter writer, Fact fact)
    {
        WriteSpan(writer, fact.Span);
        writer.Write(fact.Dates.Count);
        foreach (var date in fact.Dates)
        {
            writer.Write(date.Date.DayNumber);
            writer.Write((byte)date.Precision);
            WriteSpan(writer, date.Span);
            writer.Write(date.EndDate?.DayNumber ?? -1);
        }

        writer.Write(fact.Quantities.Count);
        foreach (var quantity in fact.Quantities)
        {
            writer.Write(quantity.Value);
            WriteOptional(writer, quantity.Unit);
            WriteSpan(writer, quantity.Span);
            writer.Write(quantity.IsOrdinal);
        }

        writer.Write(fact.Entities.Count);
        foreach (var entity in fact.Entities)
        {
            writer.WriteShared(entity.Name);
            writer.Write((byte)entity.Kind);
            WriteSpan(writer, entity.Span);
            WriteOptional(writer, entity.Side);
            WriteOptional(writer, entity.Role);
            writer.Write(entity.IsKnown);
        }

        WriteOptional(writer, fact.Speaker);
        WriteShared(writer, fact.Topics);
    }

    private static Fact ReadFact(StoreReader reader, string articleText)
    {
        var span = ReadSpan(reader);
        var dates = NewArray<EventDate>(reader.ReadInt32());
        for (var i = 0; i < dates.Length; i++)
        {
            var date = DateOnly.FromDayNumber(reader.ReadInt32());
            var precision = (DatePrecision)reader.ReadByte();
            var dateSpan = ReadSpan(reader);
            var end = reader.ReadInt32();
            dates[i] = new EventDate(date, precision, dateSpan, end < 0 ? null : DateOnly.FromDayNumber(end));
        }

        var quantities = NewArray<Quantity>(reader.ReadInt32());
        for (var i = 0; i < quantities.Length; i++)
        {
            quantities[i] = new Quantity(reader.ReadDecimal(), ReadOptional(reader), ReadSpan(reader)) { IsOrdinal = reader.ReadBoolean() };
        }

        var entities = NewArray<EntityMention>(reader.ReadInt32());
        for (var i = 0; i < entities.Length; i++)
        {
            entities[i] = new EntityMention(reader.ReadShared(), (EntityKind)reader.ReadByte(), ReadSpan(reader), ReadOptional(reader), ReadOptional(reader), reader.ReadBoolean());
        }

        var speaker = ReadOptional(reader);
        var topics = ReadShared(reader);
        return new Fact(articleText, span, dates, quantities, entities, speaker, topics);
    }

    // Most facts name no quantity and many no date: they share the one empty array rather than holding their own.
    private static T[] NewArray<T>(int length) => length == 0 ? [] : new T[length];

    private static void WriteSpan(StoreWriter writer, TextSpan span)
    {
        writer.Write(span.Start);
        writer.Write(span.Length);
    }

    private static TextSpan ReadSpan(StoreReader reader) => new(reader.ReadInt32(), reader.ReadInt32());

    // Names, topics, units and sections repeat across the corpus: they are stored once, in the shared table.
    private static void WriteOptional(StoreWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.WriteShared(value);
    }

    private static string? ReadOptional(StoreReader reader) => reader.ReadBoolean() ? reader.ReadShared() : null;

    private static void WriteShared(StoreWriter writer, IReadOnlyCollection<string> values)
    {
        writer.Write7BitEncodedInt(values.Count);
        foreach (var value in values) writer.WriteShared(value);
    }

    private static string[] ReadShared(StoreReader reader)
    {
        var values = NewArray<string>(reader.Read7BitEncodedInt());
        for (var i = 0; i < values.Length; i++) values[i] = reader.ReadShared();
        return values;
    }

    // A term set is written as its shared strings in order (WriteShared) and read back as numbers in one pool.
    private static TermSet ReadTerms(StoreReader reader)
    {
        var ids = NewArray<int>(reader.Read7BitEncodedInt());
        for (var i = 0; i < ids.Length; i++) ids[i] = reader.ReadTermId();
        return TermSet.FromSorted(ids, reader.Terms);
    }

    private static void WriteStrings(StoreWriter writer, IReadOnlyCollection<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values) writer.Write(value);
    }

    private static string[] ReadStrings(StoreReader reader)
    {
        var values = new string[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++) values[i] = reader.ReadString();
        return values;
    }
}
