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

    /// <summary>Decodes one sentence and records its capitalised words' types in the document history.</summary>
    public static int[] Decode(
        SentenceView sentence,
        ReadOnlySpan<int> staticRows,
        int[] starts,
        PerceptronWeights weights,
        Transitions transitions,
        DocumentContext document,
        WordRowCache? cache = null)
    {
        var n = sentence.Count;
        var t = weights.TagCount;
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
        var back = new byte[n * p * t];
        var dynamic = new List<uint>(4);
        for (var i = 0; i < n; i++)
        {
            LocalScores(sentence, i, staticRows, starts, weights, transitions, document, dynamic, local, cache);
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
                for (var c = 0; c < t; c++)
                {
                    if (!TagSet.IsAllowedIndex(a, c))
                    {
                        continue;
                    }

                    var best = float.NegativeInfinity;
                    var bestB = 0;
                    for (var b = 0; b < p; b++)
                    {
                        var previousScore = delta[(b * t) + a];
                        if (float.IsNegativeInfinity(previousScore))
                        {
                            continue;
                        }

                        var score = previousScore + transitions.PreviousTwo[(((b * p) + a + 1) * t) + c];
                        if (score > best)
                        {
                            best = score;
                            bestB = b;
                        }
                    }

                    if (!float.IsNegativeInfinity(best))
                    {
                        next[((a + 1) * t) + c] = best + local[((a + 1) * t) + c];
                        back[backOffset + ((a + 1) * t) + c] = (byte)bestB;
                    }
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

        GreedyDecoder.RecordHistory(sentence, result, t, document);
        return result;
    }

    /// <summary>Scores of each (previous tag, tag) at token i: static features, history, and previous tag alone and with the word and shape.</summary>
    private static void LocalScores(
        SentenceView sentence,
        int i,
        ReadOnlySpan<int> staticRows,
        int[] starts,
        PerceptronWeights weights,
        Transitions transitions,
        DocumentContext document,
        List<uint> dynamic,
        Span<float> local,
        WordRowCache? cache)
    {
        var t = weights.TagCount;
        var p = t + 1;
        Span<float> baseScores = stackalloc float[t];
        baseScores.Clear();
        for (var k = starts[i]; k < starts[i + 1]; k++)
        {
            weights.AddRow(staticRows[k], baseScores);
        }

        dynamic.Clear();
        var capitalized = sentence.Words[i].Length > 0 && char.IsUpper(sentence.Words[i][0]);
        var history = capitalized ? document.HistoryOf(sentence.Normalized[i]) : -1;
        EntityFeatureExtractor.AddHistory(dynamic, history, capitalized);
        foreach (var feature in dynamic)
        {
            var row = weights.RowOf(feature);
            if (row >= 0)
            {
                weights.AddRow(row, baseScores);
            }
        }

        var cached = cache?.PreviousTagRows(sentence.Words[i]);
        var context = cached is null ? EntityFeatureExtractor.TagContext(sentence, i) : default;
        for (var a = 0; a < p; a++)
        {
            var scores = local.Slice(a * t, t);
            baseScores.CopyTo(scores);
            for (var k = 0; k < t; k++)
            {
                scores[k] += transitions.Previous[(a * t) + k];
            }

            var wordRow = cached is { } rows ? rows.Word[a] : weights.RowOf(EntityFeatureExtractor.PreviousTagWordFeature(context, a - 1));
            if (wordRow >= 0)
            {
                weights.AddRow(wordRow, scores);
            }

            var shapeRow = cached is { } cachedRows ? cachedRows.Shape[a] : weights.RowOf(EntityFeatureExtractor.PreviousTagShapeFeature(context, a - 1));
            if (shapeRow >= 0)
            {
                weights.AddRow(shapeRow, scores);
            }
        }
    }
}
