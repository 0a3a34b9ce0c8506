using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Answers;

/// <summary>A retrieval hit: the fact, its BM25 score and its paragraph's, both scaled to the best hit (0..1).</summary>
internal sealed record RetrievedFact(IndexedFact Fact, double Relevance, double ParagraphRelevance)
{
    /// <summary>Share of the question's weight the sentence's whole source covers: which article the question is about.</summary>
    public double SourceCoverage { get; init; }
}
