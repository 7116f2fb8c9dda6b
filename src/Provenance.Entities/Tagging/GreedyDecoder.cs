namespace Provenance.Entities.Tagging;

/// <summary>
/// Tags a sentence left to right: at each token, the tag with the highest score given the static features
/// and the tags already chosen, among the tags IOB2 allows after the previous one. Used both to tag and,
/// inside the trainer, to find the mistakes the perceptron learns from (so training sees its own history).
/// </summary>
internal static class GreedyDecoder
{
    /// <summary>Index of the entity type of a tag index: 0 for O, then one per B/I pair (the layout of <see cref="TagSet.Default"/>).</summary>
    public static int TypeIndex(int tag) => tag == 0 ? 0 : (tag + 1) / 2;

    /// <summary>
    /// Decodes one sentence; token i's static feature rows are <c>staticRows[starts[i]..starts[i + 1]]</c>. <paramref name="onToken"/> (the trainer's update) is called at each token with the
    /// rows of the features used and the predicted tag, and returns the tag to continue with.
    /// </summary>
    public static int[] Decode(
        SentenceView sentence,
        ReadOnlySpan<int> staticRows,
        int[] starts,
        PerceptronWeights weights,
        string[] tags,
        DocumentContext document,
        Func<int, List<int>, int, int>? onToken = null)
    {
        var n = sentence.Count;
        var result = new int[n];
        Span<float> scores = stackalloc float[tags.Length];
        var dynamic = new List<uint>(8);
        var rows = new List<int>(128);
        var previous = -1;
        var beforePrevious = -1;
        for (var i = 0; i < n; i++)
        {
            scores.Clear();
            rows.Clear();
            if (onToken is not null)
            {
                rows.AddRange(staticRows.Slice(starts[i], starts[i + 1] - starts[i]));
            }

            for (var k = starts[i]; k < starts[i + 1]; k++)
            {
                weights.AddRow(staticRows[k], scores);
            }

            dynamic.Clear();
            var capitalized = sentence.Words[i].Length > 0 && char.IsUpper(sentence.Words[i][0]);
            var history = capitalized ? document.HistoryOf(sentence.Normalized[i]) : -1;
            EntityFeatureExtractor.AddDynamic(dynamic, EntityFeatureExtractor.TagContext(sentence, i), previous, beforePrevious, history, capitalized);
            foreach (var feature in dynamic)
            {
                var row = weights.RowOf(feature);
                if (row >= 0)
                {
                    rows.Add(row);
                    weights.AddRow(row, scores);
                }
            }

            var best = 0;
            var bestScore = float.NegativeInfinity;
            for (var t = 0; t < tags.Length; t++)
            {
                if (scores[t] > bestScore && TagSet.IsAllowedIndex(previous, t))
                {
                    best = t;
                    bestScore = scores[t];
                }
            }

            if (onToken is not null)
            {
                best = onToken(i, rows, best);
            }

            result[i] = best;
            beforePrevious = previous;
            previous = best;
        }

        RecordHistory(sentence, result, tags.Length, document);
        return result;
    }

    /// <summary>Remembers the type given to each capitalised word of the decoded sentence, for the history features of later sentences.</summary>
    public static void RecordHistory(SentenceView sentence, int[] result, int tagCount, DocumentContext document)
    {
        for (var i = 0; i < result.Length; i++)
        {
            var word = sentence.Words[i];
            if (word.Length > 0 && char.IsUpper(word[0]))
            {
                document.Record(sentence.Normalized[i], TypeIndex(result[i]), (tagCount + 1) / 2);
            }
        }
    }
}
