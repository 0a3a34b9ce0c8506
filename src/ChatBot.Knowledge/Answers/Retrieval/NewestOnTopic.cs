using System.Collections;
using ChatBot.Knowledge.Indexing;
using ChatBot.Knowledge.Answers.Ranking;

namespace ChatBot.Knowledge.Answers.Retrieval;

/// <summary>
/// A topic's facts in <see cref="Composing.LatestStatusComposer.NewestFirst"/> order, scored and ordered only as far as they are
/// read. The topic's facts come already ordered by date, source date and datedness (<see cref="TopicFacts"/>); only
/// facts that tie on those are ordered by relevance to the question, one run of ties at a time.
/// </summary>
internal sealed class NewestOnTopic(IReadOnlyList<IndexedFact> newestFirst, Func<IndexedFact, ScoredFact> score, Func<ScoredFact, (bool About, double Relevance)> relevance) : IReadOnlyList<ScoredFact>
{
    private readonly List<ScoredFact> _read = [];
    private int _next;

    public ScoredFact this[int index] => Reaches(index) ? _read[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public int Count
    {
        get
        {
            Reaches(newestFirst.Count);
            return _read.Count;
        }
    }

    public IEnumerator<ScoredFact> GetEnumerator()
    {
        for (var i = 0; Reaches(i); i++) yield return _read[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Reads runs of ties until the fact at <paramref name="index"/> is known; false when there are fewer.</summary>
    private bool Reaches(int index)
    {
        while (_read.Count <= index && _next < newestFirst.Count)
        {
            var end = _next + 1;
            while (end < newestFirst.Count && TopicFacts.SameNewness(newestFirst[_next], newestFirst[end]) == 0) end++;
            var ties = new List<(ScoredFact Fact, (bool About, double Relevance) Relevance)>(end - _next);
            for (var i = _next; i < end; i++)
            {
                var fact = score(newestFirst[i]);
                ties.Add((fact, relevance(fact)));
            }

            // Ties come in fact order, and a stable sort keeps it among equally relevant facts.
            _read.AddRange(ties.OrderByDescending(t => t.Relevance).Select(t => t.Fact));
            _next = end;
        }

        return index < _read.Count;
    }
}
