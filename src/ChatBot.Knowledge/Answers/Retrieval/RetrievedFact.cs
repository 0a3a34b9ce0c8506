using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Answers.Retrieval;

/// <summary>
/// A retrieval hit, found by words (BM25) or by meaning: the fact, its BM25 score and its paragraph's, both scaled to the
/// best hit (0..1; 0 for a fact found by meaning alone).
/// </summary>
internal sealed record RetrievedFact(IndexedFact Fact, double Relevance, double ParagraphRelevance)
{
    /// <summary>Share of the question's weight the sentence's whole source covers: which article the question is about.</summary>
    public double SourceCoverage { get; init; }

    /// <summary>How close the sentence is to the question in meaning (0..1; 0 without vectors).</summary>
    public double Meaning { get; init; }
}
