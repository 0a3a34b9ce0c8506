using ChatBot.Knowledge.Data;
using System.Numerics.Tensors;
using ChatBot.Knowledge.Embeddings;

namespace ChatBot.Knowledge.Answers.Reading;

/// <summary>
/// Reads "any headway on X lately?" as a status question by meaning, when none of its words is a status cue: the
/// question's vector is compared with example questions that ask how things stand and with ones that ask for a fact
/// (<c>status-questions.json</c>). The examples are embedded once, on first use; the question's own vector is the one
/// retrieval uses, so this costs no extra embedding. Without vectors nothing is read as status this way.
/// </summary>
internal sealed class StatusByMeaning(QueryEmbeddings embeddings)
{
    /// <summary>
    /// How much closer (cosine) the question must be to the nearest status example than to the nearest fact example.
    /// Calibrated on the development, held-out and tuning question sets together.
    /// </summary>
    internal const double Margin = 0.04;

    private readonly Lazy<(float[][] Status, float[][] Other)> _examples = new(() => Embed(embeddings));

    /// <summary>True when <paramref name="question"/> asks, by meaning, how its subject stands now.</summary>
    public bool Asks(string question) => Lean(question) >= Margin;

    /// <summary>Nearest status example's similarity minus nearest fact example's; 0 without vectors.</summary>
    internal double Lean(string question)
    {
        if (!embeddings.IsEnabled || embeddings.Embed(question) is not { } vector) return 0;
        var (status, other) = _examples.Value;
        return Nearest(status, vector) - Nearest(other, vector);
    }

    private static double Nearest(float[][] examples, float[] vector) =>
        examples.Length == 0 ? 0 : examples.Max(e => TensorPrimitives.Dot(e, vector));

    private static (float[][], float[][]) Embed(QueryEmbeddings embeddings)
    {
        var file = DataFile.Load<StatusQuestionsFile>("status-questions.json");
        return (file.Status.Select(q => embeddings.Embed(q)!).ToArray(), file.Other.Select(q => embeddings.Embed(q)!).ToArray());
    }

    private sealed record StatusQuestionsFile(IReadOnlyList<string> Status, IReadOnlyList<string> Other);
}
