using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace ChatBot.Knowledge.Indexing;

/// <summary>A term of a search with the weight it carries (Lucene's boost).</summary>
internal readonly record struct WeightedTerm(Term Term, float Boost);

/// <summary>
/// The top documents of one kind for a weighted bag of terms: the hits, scores and order Lucene gives for
/// <c>+kind:K +(t1^b1 t2^b2 …)</c> under BM25, found without scoring every document that holds a common word.
/// Lucene visits every posting of every term, and corpus-wide words ("Armenia", "agreement") are in most documents,
/// so that cost grows with the corpus. Here (MaxScore) the terms are ordered by the most each can add to a score;
/// once the hits so far outscore everything the commonest terms could add together, a document holding only those
/// is never looked at, and they are only checked in documents that a rarer term brings up.
/// </summary>
internal static class TopTermSearch
{
    /// <summary>Bounds are widened by this share so float rounding never makes one fall below a real score.</summary>
    private const double BoundMargin = 1e-4;

    public static ScoreDoc[] Search(IndexSearcher searcher, Term kind, IReadOnlyList<WeightedTerm> terms, int count)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(terms);
        // BM25 caps what one term adds to a score at idf × boost × (k1 + 1), whatever its frequency and the length.
        var k1 = searcher.Similarity is BM25Similarity bm25 ? bm25.K1 : throw new InvalidOperationException("The index is searched with BM25.");
        var required = Weigh(searcher, new TermQuery(kind), k1);
        var optional = terms.Select(t => Weigh(searcher, new TermQuery(t.Term) { Boost = t.Boost }, k1)).ToList();
        var top = new TopHits(count);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            if (required.Weight.GetScorer(leaf, live) is not { } kindScorer) continue;
            var clauses = optional
                .Select(w => w.Weight.GetScorer(leaf, live) is { } scorer ? new Clause(scorer, w.Bound) : null)
                .OfType<Clause>()
                .OrderBy(c => c.Bound)
                .ToArray();
            if (clauses.Length > 0) new LeafSearch(kindScorer, required.Bound, clauses, leaf.DocBase, top).Run();
        }

        return top.Sorted();
    }

    private static (Weight Weight, double Bound) Weigh(IndexSearcher searcher, Query query, float k1)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        // For BM25 the value for normalization is (idf × boost)².
        return (weight, Math.Sqrt(weight.GetValueForNormalization()) * (k1 + 1) * (1 + BoundMargin));
    }

    private sealed class Clause(Scorer scorer, double bound)
    {
        public Scorer Scorer { get; } = scorer;

        public double Bound { get; } = bound;

        public int Doc { get; set; } = -1;
    }

    /// <summary>MaxScore over one segment; documents come in increasing order, as Lucene collects them.</summary>
    private sealed class LeafSearch
    {
        private readonly Scorer _kind;
        private readonly Clause[] _clauses;
        private readonly int _docBase;
        private readonly TopHits _top;

        // _upTo[i]: the most the kind clause and clauses[0..i) can add up to together.
        private readonly double[] _upTo;

        public LeafSearch(Scorer kind, double kindBound, Clause[] clauses, int docBase, TopHits top)
        {
            _kind = kind;
            _clauses = clauses;
            _docBase = docBase;
            _top = top;
            _upTo = new double[clauses.Length + 1];
            _upTo[0] = kindBound;
            for (var i = 0; i < clauses.Length; i++) _upTo[i + 1] = _upTo[i] + clauses[i].Bound;
        }

        public void Run()
        {
            foreach (var clause in _clauses) clause.Doc = clause.Scorer.NextDoc();
            var kindDoc = -1;
            // Clauses from `essential` on bring up candidates; the ones below it can't lift a document into the top alone.
            var essential = 0;
            while (true)
            {
                while (essential < _clauses.Length && _top.Excludes(_upTo[essential + 1])) essential++;
                if (essential == _clauses.Length) return;
                var doc = DocIdSetIterator.NO_MORE_DOCS;
                for (var i = essential; i < _clauses.Length; i++) doc = Math.Min(doc, _clauses[i].Doc);
                if (doc == DocIdSetIterator.NO_MORE_DOCS) return;
                if (kindDoc < doc) kindDoc = _kind.Advance(doc);
                if (kindDoc == DocIdSetIterator.NO_MORE_DOCS) return;
                if (kindDoc > doc)
                {
                    // Not a document of the kind asked for: skip to the next one that is.
                    for (var i = essential; i < _clauses.Length; i++)
                    {
                        if (_clauses[i].Doc < kindDoc) _clauses[i].Doc = _clauses[i].Scorer.Advance(kindDoc);
                    }

                    continue;
                }

                Score(doc, essential);
                for (var i = essential; i < _clauses.Length; i++)
                {
                    if (_clauses[i].Doc == doc) _clauses[i].Doc = _clauses[i].Scorer.NextDoc();
                }
            }
        }

        private void Score(int doc, int essential)
        {
            // Summed in double and rounded once, as Lucene's disjunction does: exact for a few float terms, in any order.
            var sum = 0d;
            for (var i = essential; i < _clauses.Length; i++)
            {
                if (_clauses[i].Doc == doc) sum += _clauses[i].Scorer.GetScore();
            }

            var kind = _kind.GetScore();
            for (var i = essential - 1; i >= 0; i--)
            {
                // Even if every term left were in it, it would not make the top.
                if (_top.Excludes(kind + sum + _upTo[i + 1] - _upTo[0])) return;
                var clause = _clauses[i];
                if (clause.Doc < doc) clause.Doc = clause.Scorer.Advance(doc);
                if (clause.Doc == doc) sum += clause.Scorer.GetScore();
            }

            _top.Offer(_docBase + doc, kind + (float)sum);
        }
    }

    /// <summary>
    /// The best <c>count</c> hits offered in increasing document order; on equal scores the earlier document wins, as in
    /// Lucene's collector.
    /// </summary>
    private sealed class TopHits(int count)
    {
        // The worst hit first: the lowest score, and on equal scores the later document.
        private readonly PriorityQueue<ScoreDoc, ScoreDoc> _hits = new(count, Comparer<ScoreDoc>.Create(
            (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc)));

        private float Threshold => _hits.Count < count ? float.NegativeInfinity : _hits.Peek().Score;

        /// <summary>True when no document scoring at most <paramref name="bound"/> can enter the top any more.</summary>
        public bool Excludes(double bound) => bound * (1 + BoundMargin) <= Threshold;

        public void Offer(int doc, float score)
        {
            if (count <= 0) return;
            if (_hits.Count < count)
            {
                var hit = new ScoreDoc(doc, score);
                _hits.Enqueue(hit, hit);
            }
            else if (score > _hits.Peek().Score)
            {
                var hit = new ScoreDoc(doc, score);
                _hits.EnqueueDequeue(hit, hit);
            }
        }

        /// <summary>Best first; on equal scores the earlier document first.</summary>
        public ScoreDoc[] Sorted() =>
            _hits.UnorderedItems.Select(h => h.Element).OrderByDescending(h => h.Score).ThenBy(h => h.Doc).ToArray();
    }
}
