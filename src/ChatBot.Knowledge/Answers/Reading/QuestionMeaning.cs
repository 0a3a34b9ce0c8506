using ChatBot.Knowledge.Embeddings;
using ChatBot.Knowledge.Indexing;

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>
/// How close in meaning each fact is to a question, from sentence vectors. The question is embedded only when a
/// closeness is first asked for, once. Without vectors (embeddings off) every closeness is 0 and
/// <see cref="IsKnown"/> is false, so answering falls back to words alone.
/// </summary>
internal sealed class QuestionMeaning
{
    /// <summary>Cosine similarity at which a sentence counts as unrelated (closeness 0); the model rarely goes lower.</summary>
    internal const double Unrelated = 0.5;

    /// <summary>Cosine similarity of a sentence that says what the question asks in other words (closeness 1).</summary>
    internal const double SameMeaning = 0.85;

    private readonly Lazy<float[]?> _query;
    private readonly FactVectors? _vectors;
    private double[]? _closeness;
    private float[]? _similarity;
    private double _mean;
    private double _spread;

    public QuestionMeaning(Func<float[]?> embed, FactVectors? vectors)
    {
        _vectors = vectors;
        _query = new Lazy<float[]?>(vectors is null ? () => null : embed, LazyThreadSafetyMode.None);
    }

    public static QuestionMeaning None { get; } = new(() => null, null);

    /// <summary>True when the question and the facts have vectors to compare.</summary>
    public bool IsKnown => _vectors is not null && _query.Value is not null;

    /// <summary>How close fact <paramref name="factId"/> is in meaning: 0 (unrelated or unknown) to 1 (same meaning).</summary>
    public double Closeness(int factId)
    {
        var all = All();
        return all is null || factId < 0 || factId >= all.Length ? 0 : all[factId];
    }

    /// <summary>How close a whole paragraph is in meaning: the mean closeness of its sentences (0 without vectors).</summary>
    public double ParagraphCloseness(IndexedParagraph paragraph)
    {
        if (All() is null || paragraph.Facts.Count == 0) return 0;
        double sum = 0;
        foreach (var fact in paragraph.Facts) sum += Closeness(fact.Id);
        return sum / paragraph.Facts.Count;
    }

    /// <summary>
    /// The <paramref name="count"/> facts closest in meaning, closest first; none without vectors. Chosen from the
    /// similarities ranking reads too, so the vectors are read once a question: at 100k paragraphs they are 200 MB.
    /// </summary>
    public IReadOnlyList<int> Nearest(int count)
    {
        if (All() is null) return [];
        return FactVectors.Top(_similarity, count).Select(n => n.FactId).ToList();
    }

    /// <summary>
    /// How far fact <paramref name="factId"/> stands out from the rest of the corpus in closeness to the question,
    /// in standard deviations above the mean similarity. A question the sources answer has a sentence that stands
    /// well out; one they only touch on is about as close to many sentences. 0 without vectors.
    /// </summary>
    public double Standout(int factId)
    {
        var all = All();
        return all is null || factId < 0 || factId >= all.Length || _spread <= 0 ? 0 : (_similarity![factId] - _mean) / _spread;
    }

    private double[]? All()
    {
        if (_closeness is not null || !IsKnown) return _closeness;
        var similarity = new float[_vectors!.Count];
        _vectors.SimilarityToAll(_query.Value!, similarity);
        var closeness = new double[similarity.Length];
        double sum = 0;
        for (var id = 0; id < closeness.Length; id++)
        {
            sum += similarity[id];
            closeness[id] = Math.Clamp((similarity[id] - Unrelated) / (SameMeaning - Unrelated), 0, 1);
        }

        _mean = similarity.Length == 0 ? 0 : sum / similarity.Length;
        double squares = 0;
        foreach (var s in similarity) squares += (s - _mean) * (s - _mean);
        _spread = similarity.Length == 0 ? 0 : Math.Sqrt(squares / similarity.Length);
        _similarity = similarity;
        return _closeness = closeness;
    }
}
