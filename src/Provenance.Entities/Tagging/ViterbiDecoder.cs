namespace Provenance.Entities.Tagging;

/// <summary>
/// Finds the best-scoring tag sequence of a sentence exactly (second-order Viterbi): the dynamic features
/// look at the previous two tags, so the search states are pairs (previous tag, tag), 10 × 9 of them with
/// the sentence start. IOB2 constraints are hard. The weights of the tag-only features (previous tag, pair of
/// previous tags) are the same at every token and are read once per weights (<see cref="Transitions"/>);
/// per token only the previous tag combined with the word and its shape, and the document history, need
/// lookups. Unlike <see cref="GreedyDecoder"/>, an early mistake can be undone by the words after it
/// ("Real Madrid" after a "Real" first read as a person).
/// </summary>
internal static class ViterbiDecoder
{
    /// <summary>Weights of the features that depend only on tags, for one set of weights (shared, read-only).</summary>
    internal sealed class Transitions
    {
        public Transitions(PerceptronWeights weights)
        {
            var t = weights.TagCount;
            var p = t + 1;
            Previous = new float[p * t];
            PreviousTwo = new float[p * p * t];
            var scores = new float[t];
            var hashes = new List<uint>(8);
            for (var a = 0; a < p; a++)
            {
                Add(weights, EntityFeatureExtractor.PreviousTagFeature(a - 1), Previous.AsSpan(a * t, t));
                for (var b = 0; b < p; b++)
                {
                    Add(weights, EntityFeatureExtractor.PreviousTwoTagsFeature(b - 1, a - 1), PreviousTwo.AsSpan(((b * p) + a) * t, t));
                }
            }
        }

        /// <summary>Scores of each tag after previous tag a (a + 1 indexes, 0 = sentence start).</summary>
        public float[] Previous { get; }

        /// <summary>Scores of each tag after the pair (b, a): index ((b + 1) * 10 + (a + 1)) * tags.</summary>
        public float[] PreviousTwo { get; }

        private static void Add(PerceptronWeights weights, uint feature, Span<float> into)
        {
            var row = weights.RowOf(feature);
            if (row >= 0)
            {
                weights.AddRow(row, into);
            }
        }
    }

    /// <summary>
    /// Decodes one sentence from its static feature rows (token i's are <c>staticRows[starts[i]..starts[i + 1]]</c>),
    /// looking up the history and previous-tag features as it goes: the trainer's path, where weights change.
    /// Records the sentence's capitalised words' types in the document history.
    /// </summary>
    public static int[] Decode(
        SentenceView sentence,
        int[] staticRows,
        int[] starts,
        PerceptronWeights weights,
        Transitions transitions,
        DocumentContext document)
    {
        var scorer = new RowScorer(sentence, staticRows, starts, weights, transitions, document);
        return Core(sentence, weights.TagCount, transitions, document, scorer);
    }

    /// <summary>
    /// Decodes one sentence from the summed static scores of each token (<paramref name="baseScores"/>, tags
    /// per token, history included) and the word cache's summed previous-tag scores: the tagger's path, with
    /// no lookups left in the search. Records the sentence's capitalised words' types in the document history.
    /// </summary>
    public static int[] Decode(SentenceView sentence, float[] baseScores, WordRowCache cache, Transitions transitions, DocumentContext document, int tagCount)
    {
        var scorer = new CachedScorer(sentence, baseScores, cache, tagCount);
        return Core(sentence, tagCount, transitions, document, scorer);
    }

    private static int[] Core(SentenceView sentence, int t, Transitions transitions, DocumentContext document, ILocalScorer scorer)
    {
        var n = sentence.Count;
        var p = t + 1;
        var result = new int[n];
        if (n == 0)
        {
            return result;
        }

        // delta[(a + 1) * t + c]: best score of a path ending in (previous a, current c).
        Span<float> delta = stackalloc float[p * t];
        Span<float> next = stackalloc float[p * t];
        Span<float> local = stackalloc float[p * t];
        var back = System.Buffers.ArrayPool<byte>.Shared.Rent(n * p * t);
        try
        {
            Search(n, t, p, transitions, scorer, delta, next, local, back, result);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(back);
        }

        GreedyDecoder.RecordHistory(sentence, result, t, document);
        return result;
    }

    private static void Search(int n, int t, int p, Transitions transitions, ILocalScorer scorer, Span<float> delta, Span<float> next, Span<float> local, byte[] back, int[] result)
    {
        Span<int> reachable = stackalloc int[p];
        for (var i = 0; i < n; i++)
        {
            scorer.Fill(i, local);
            if (i == 0)
            {
                delta.Fill(float.NegativeInfinity);
                for (var c = 0; c < t; c++)
                {
                    if (TagSet.IsAllowedIndex(-1, c))
                    {
                        delta[c] = local[c] + transitions.PreviousTwo[c];
                    }
                }

                continue;
            }

            next.Fill(float.NegativeInfinity);
            var backOffset = i * p * t;
            for (var a = 0; a < t; a++)
            {
                // The tags before a that some path reaches; IOB2 leaves few (only B-X or I-X before I-X).
                var count = 0;
                for (var b = 0; b < p; b++)
                {
                    if (!float.IsNegativeInfinity(delta[(b * t) + a]))
                    {
                        reachable[count++] = b;
                    }
                }

                if (count == 0)
                {
                    continue;
                }

                for (var c = 0; c < t; c++)
                {
                    if (!TagSet.IsAllowedIndex(a, c))
                    {
                        continue;
                    }

                    var best = float.NegativeInfinity;
                    var bestB = 0;
                    for (var k = 0; k < count; k++)
                    {
                        var b = reachable[k];
                        var score = delta[(b * t) + a] + transitions.PreviousTwo[(((b * p) + a + 1) * t) + c];
                        if (score > best)
                        {
                            best = score;
                            bestB = b;
                        }
                    }

                    next[((a + 1) * t) + c] = best + local[((a + 1) * t) + c];
                    back[backOffset + ((a + 1) * t) + c] = (byte)bestB;
                }
            }

            next.CopyTo(delta);
        }

        var bestState = 0;
        for (var s = 1; s < delta.Length; s++)
        {
            if (delta[s] > delta[bestState])
            {
                bestState = s;
            }
        }

        // Walk back: state = (a + 1) * t + c at position i; its back pointer is b + 1 for position i - 1's state (b, a).
        var state = bestState;
        for (var i = n - 1; i >= 0; i--)
        {
            var a1 = state / t;
            result[i] = state % t;
            if (i == 0)
            {
                break;
            }

            var b1 = back[(i * p * t) + state];
            state = (b1 * t) + (a1 - 1);
        }
    }

    /// <summary>Fills the scores of each (previous tag + 1, tag) at one token.</summary>
    private interface ILocalScorer
    {
        void Fill(int i, Span<float> local);
    }

    /// <summary>Local scores from feature rows, with history and previous-tag features looked up per token.</summary>
    private sealed class RowScorer(SentenceView sentence, int[] staticRows, int[] starts, PerceptronWeights weights, Transitions transitions, DocumentContext document) : ILocalScorer
    {
        private readonly List<uint> _dynamic = new(4);

        public void Fill(int i, Span<float> local)
        {
            var t = weights.TagCount;
            var p = t + 1;
            Span<float> baseScores = stackalloc float[t];
            baseScores.Clear();
            for (var k = starts[i]; k < starts[i + 1]; k++)
            {
                weights.AddRow(staticRows[k], baseScores);
            }

            _dynamic.Clear();
            var capitalized = sentence.Words[i].Length > 0 && char.IsUpper(sentence.Words[i][0]);
            var history = capitalized ? document.HistoryOf(sentence.Normalized[i]) : -1;
            EntityFeatureExtractor.AddHistory(_dynamic, history, capitalized);
            foreach (var feature in _dynamic)
            {
                var row = weights.RowOf(feature);
                if (row >= 0)
                {
                    weights.AddRow(row, baseScores);
                }
            }

            var context = EntityFeatureExtractor.TagContext(sentence, i);
            for (var a = 0; a < p; a++)
            {
                var scores = local.Slice(a * t, t);
                baseScores.CopyTo(scores);
                for (var k = 0; k < t; k++)
                {
                    scores[k] += transitions.Previous[(a * t) + k];
                }

                var wordRow = weights.RowOf(EntityFeatureExtractor.PreviousTagWordFeature(context, a - 1));
                if (wordRow >= 0)
                {
                    weights.AddRow(wordRow, scores);
                }

                var shapeRow = weights.RowOf(EntityFeatureExtractor.PreviousTagShapeFeature(context, a - 1));
                if (shapeRow >= 0)
                {
                    weights.AddRow(shapeRow, scores);
                }
            }
        }
    }

    /// <summary>Local scores from summed static scores and the word cache's summed previous-tag scores: additions only.</summary>
    private sealed class CachedScorer(SentenceView sentence, float[] baseScores, WordRowCache cache, int t) : ILocalScorer
    {
        public void Fill(int i, Span<float> local)
        {
            var previous = sentence.Entries is { } entries ? entries[i].PreviousScores : cache.PreviousTagScores(sentence.Words[i]);
            var own = baseScores.AsSpan(i * t, t);
            for (var a = 0; a <= t; a++)
            {
                var scores = local.Slice(a * t, t);
                var from = previous.AsSpan(a * t, t);
                for (var k = 0; k < t; k++)
                {
                    scores[k] = own[k] + from[k];
                }
            }
        }
    }
}
