using ChatBot.Knowledge.Facts;
using ChatBot.Knowledge.Paragraphs;

namespace ChatBot.Knowledge.Indexing;

/// <summary>Facts and their parts in the store; a fact's text is its span of the article text, so it is not stored twice.</summary>
internal static partial class CorpusStore
{
    private static void WriteFact(BinaryWriter writer, Fact fact)
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
            writer.Write(entity.Name);
            writer.Write((byte)entity.Kind);
            WriteSpan(writer, entity.Span);
            WriteOptional(writer, entity.Side);
            WriteOptional(writer, entity.Role);
            writer.Write(entity.IsKnown);
        }

        WriteOptional(writer, fact.Speaker);
        WriteStrings(writer, fact.Topics);
    }

    private static Fact ReadFact(BinaryReader reader, string articleText, TermPool pool)
    {
        var span = ReadSpan(reader);
        var dates = new EventDate[reader.ReadInt32()];
        for (var i = 0; i < dates.Length; i++)
        {
            var date = DateOnly.FromDayNumber(reader.ReadInt32());
            var precision = (DatePrecision)reader.ReadByte();
            var dateSpan = ReadSpan(reader);
            var end = reader.ReadInt32();
            dates[i] = new EventDate(date, precision, dateSpan, end < 0 ? null : DateOnly.FromDayNumber(end));
        }

        var quantities = new Quantity[reader.ReadInt32()];
        for (var i = 0; i < quantities.Length; i++)
        {
            quantities[i] = new Quantity(reader.ReadDecimal(), ReadOptional(reader, pool), ReadSpan(reader)) { IsOrdinal = reader.ReadBoolean() };
        }

        var entities = new EntityMention[reader.ReadInt32()];
        for (var i = 0; i < entities.Length; i++)
        {
            entities[i] = new EntityMention(pool.Share(reader.ReadString()), (EntityKind)reader.ReadByte(), ReadSpan(reader), ReadOptional(reader, pool), ReadOptional(reader, pool), reader.ReadBoolean());
        }

        var speaker = ReadOptional(reader, pool);
        var topics = ReadStrings(reader, pool);
        return new Fact(span, span.Of(articleText), dates, quantities, entities, speaker, topics);
    }

    private static void WriteSpan(BinaryWriter writer, TextSpan span)
    {
        writer.Write(span.Start);
        writer.Write(span.Length);
    }

    private static TextSpan ReadSpan(BinaryReader reader) => new(reader.ReadInt32(), reader.ReadInt32());

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.Write(value);
    }

    private static string? ReadOptional(BinaryReader reader, TermPool pool) => reader.ReadBoolean() ? pool.Share(reader.ReadString()) : null;

    private static void WriteStrings(BinaryWriter writer, IReadOnlyCollection<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values) writer.Write(value);
    }

    private static string[] ReadStrings(BinaryReader reader, TermPool pool)
    {
        var values = new string[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++) values[i] = pool.Share(reader.ReadString());
        return values;
    }
}
