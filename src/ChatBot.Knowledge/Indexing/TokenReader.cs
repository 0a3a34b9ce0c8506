using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatBot.Knowledge.Indexing;

/// <summary>Runs an analyzer over a string and returns its tokens.</summary>
internal static class TokenReader
{
    public static List<AnalyzedToken> Read(Analyzer analyzer, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(FieldNames.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        var increments = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increments.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), Math.Max(position, 0), offsets.StartOffset, offsets.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
