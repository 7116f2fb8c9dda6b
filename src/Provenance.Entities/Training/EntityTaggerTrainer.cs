using System.Diagnostics;
using Provenance.Entities.Tagging;

namespace Provenance.Entities.Training;

/// <summary>
/// Trains an <see cref="EntityTagger"/> with the averaged perceptron (Collins 2002): the tagger decodes each
/// training sentence greedily with its current weights, and at each wrong token the features' weights for
/// the gold tag go up by one and for the predicted tag down by one. The weights kept are the average over all
/// steps, which generalises much better than the last ones. Documents are visited in an order shuffled by a
/// fixed seed, and nothing runs in parallel, so training is deterministic. With development documents the
/// pass with the best development F1 (PER/ORG/LOC, MISC ignored) is kept.
/// </summary>
public static class EntityTaggerTrainer
{
    /// <summary>Types our guidelines do not annotate; ignored when choosing the best pass.</summary>
    public static readonly IReadOnlySet<string> IgnoredTypes = new HashSet<string>(StringComparer.Ordinal) { "MISC" };

    public static EntityTagger Train(
        IReadOnlyList<ConllDocument> training,
        IReadOnlyList<ConllDocument>? development,
        EntityTrainingOptions? options = null,
        Action<EpochReport>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(training);
        options ??= EntityTrainingOptions.Default;
        var gazetteers = Gazetteers.Default;
        var tags = TagSet.Default;
        var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        var clusters = options.Clusters;
        var extractor = new EntityFeatureExtractor(gazetteers, clusters);

        // Static features once per sentence; the gold tags as indices (unknown tags become O).
        var documents = training.Select(d => new PreparedDocument(d, extractor, tagIndex)).ToList();
        var rows = CountFeatures(documents, tags, options.MinFeatureCount, cancellationToken);
        var tagCount = tags.Length;
        var weights = new PerceptronWeights(rows, new float[rows.Count * tagCount], tagCount);
        foreach (var document in documents)
        {
            document.MapRows(weights);
        }

        var totals = new double[weights.Values.Length];
        var stamps = new int[weights.Values.Length];
        var step = 0;
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, documents.Count).ToArray();
        var tokens = documents.Sum(d => d.TokenCount);
        EntityTagger? best = null;
        var bestF1 = double.NegativeInfinity;
        var clock = Stopwatch.StartNew();

        void Update(int index, float delta)
        {
            totals[index] += (double)(step - stamps[index]) * weights.Values[index];
            stamps[index] = step;
            weights.Values[index] += delta;
        }

        var transitions = new ViterbiDecoder.Transitions(weights);
        var dynamic = new List<uint>(8);

        // Structured perceptron step (Collins 2002): decode the whole sentence, then move the weights from the
        // predicted sequence's features towards the gold sequence's, token by token where they differ.
        int ViterbiStep(SentenceView sentence, (int[] Rows, int[] Starts) staticRows, int[] gold, DocumentContext context)
        {
            var n = sentence.Count;
            var histories = new int[n];
            for (var i = 0; i < n; i++)
            {
                var capitalized = sentence.Words[i].Length > 0 && char.IsUpper(sentence.Words[i][0]);
                histories[i] = capitalized ? context.HistoryOf(sentence.Normalized[i]) : -1;
            }

            var predicted = ViterbiDecoder.Decode(sentence, staticRows.Rows, staticRows.Starts, weights, transitions, context);
            var wrong = 0;
            for (var i = 0; i < n; i++)
            {
                step++;
                if (predicted[i] != gold[i])
                {
                    wrong++;
                }

                var samePath = predicted[i] == gold[i]
                    && (i < 1 || predicted[i - 1] == gold[i - 1])
                    && (i < 2 || predicted[i - 2] == gold[i - 2]);
                if (samePath)
                {
                    continue;
                }

                var capitalized = sentence.Words[i].Length > 0 && char.IsUpper(sentence.Words[i][0]);
                var tagContext = EntityFeatureExtractor.TagContext(sentence, i);
                foreach (var (path, delta) in new[] { (gold, 1f), (predicted, -1f) })
                {
                    var tag = path[i];
                    for (var k = staticRows.Starts[i]; k < staticRows.Starts[i + 1]; k++)
                    {
                        Update((staticRows.Rows[k] * tagCount) + tag, delta);
                    }

                    dynamic.Clear();
                    EntityFeatureExtractor.AddDynamic(dynamic, tagContext, i > 0 ? path[i - 1] : -1, i > 1 ? path[i - 2] : -1, histories[i], capitalized);
                    foreach (var feature in dynamic)
                    {
                        var row = weights.RowOf(feature);
                        if (row >= 0)
                        {
                            Update((row * tagCount) + tag, delta);
                        }
                    }
                }
            }

            if (wrong > 0 || !predicted.AsSpan().SequenceEqual(gold))
            {
                transitions = new ViterbiDecoder.Transitions(weights);
            }

            return wrong;
        }

        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            foreach (var d in order)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var document = documents[d];
                var context = new DocumentContext(document.Words);
                for (var s = 0; s < document.Sentences.Length; s++)
                {
                    var gold = document.Gold[s];
                    if (options.Viterbi)
                    {
                        errors += ViterbiStep(document.Sentences[s], document.Rows[s], gold, context);
                        continue;
                    }

                    GreedyDecoder.Decode(document.Sentences[s], document.Rows[s].Rows, document.Rows[s].Starts, weights, tags, context, (i, used, predicted) =>
                    {
                        if (predicted != gold[i])
                        {
                            errors++;
                            foreach (var row in used)
                            {
                                Update((row * tagCount) + gold[i], 1f);
                                Update((row * tagCount) + predicted, -1f);
                            }
                        }

                        step++;
                        return predicted;
                    });
                }
            }

            var averaged = new float[weights.Values.Length];
            for (var k = 0; k < averaged.Length; k++)
            {
                var total = totals[k] + ((double)(step - stamps[k]) * weights.Values[k]);
                averaged[k] = (float)(total / Math.Max(1, step));
            }

            var candidate = new EntityTagger(new PerceptronWeights(rows, averaged, tagCount), tags, options.Description, gazetteers, clusters, options.Viterbi);
            ConllScore? score = null;
            if (development is { Count: > 0 })
            {
                score = Evaluate(candidate, development, cancellationToken);
                if (score.Overall.F1 > bestF1)
                {
                    bestF1 = score.Overall.F1;
                    best = candidate;
                }
            }
            else
            {
                best = candidate;
            }

            progress?.Invoke(new EpochReport(epoch, options.Epochs, tokens, errors, score, clock.Elapsed));
        }

        return best ?? new EntityTagger(weights, tags, options.Description, gazetteers, clusters, options.Viterbi);
    }

    /// <summary>conlleval scores of <paramref name="tagger"/> on <paramref name="documents"/>, MISC ignored.</summary>
    public static ConllScore Evaluate(EntityTagger tagger, IReadOnlyList<ConllDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(documents);
        var gold = new List<IReadOnlyList<string>>();
        var predicted = new List<IReadOnlyList<string>>();
        foreach (var document in documents)
        {
            var words = document.Sentences.Select(s => s.Words).ToList();
            predicted.AddRange(tagger.TagDocument(words, cancellationToken));
            gold.AddRange(document.Sentences.Select(s => s.Tags));
        }

        return ConllScorer.Score(gold, predicted, IgnoredTypes);
    }

    /// <summary>Counts every feature the gold tags produce and gives a row to those seen at least <paramref name="minCount"/> times, in first-seen order.</summary>
    private static Dictionary<uint, int> CountFeatures(List<PreparedDocument> documents, string[] tags, int minCount, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<uint, int>();
        var order = new List<uint>();

        void Count(uint feature)
        {
            if (counts.TryGetValue(feature, out var count))
            {
                counts[feature] = count + 1;
            }
            else
            {
                counts[feature] = 1;
                order.Add(feature);
            }
        }

        var dynamic = new List<uint>(8);
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var context = new DocumentContext(document.Words);
            for (var s = 0; s < document.Sentences.Length; s++)
            {
                var sentence = document.Sentences[s];
                var gold = document.Gold[s];
                for (var i = 0; i < sentence.Count; i++)
                {
                    foreach (var feature in document.Features[s][i])
                    {
                        Count(feature);
                    }

                    dynamic.Clear();
                    var capitalized = sentence.Words[i].Length > 0 && char.IsUpper(sentence.Words[i][0]);
                    var history = capitalized ? context.HistoryOf(sentence.Normalized[i]) : -1;
                    EntityFeatureExtractor.AddDynamic(dynamic, EntityFeatureExtractor.TagContext(sentence, i),
                        i > 0 ? gold[i - 1] : -1, i > 1 ? gold[i - 2] : -1, history, capitalized);
                    dynamic.ForEach(Count);
                }

                for (var i = 0; i < sentence.Count; i++)
                {
                    if (sentence.Words[i].Length > 0 && char.IsUpper(sentence.Words[i][0]))
                    {
                        context.Record(sentence.Normalized[i], GreedyDecoder.TypeIndex(gold[i]), (tags.Length + 1) / 2);
                    }
                }
            }
        }

        var rows = new Dictionary<uint, int>();
        foreach (var feature in order)
        {
            if (counts[feature] >= minCount)
            {
                rows[feature] = rows.Count;
            }
        }

        return rows;
    }

    /// <summary>A training document with its sentences' views, static features (then rows) and gold tag indices.</summary>
    private sealed class PreparedDocument
    {
        public PreparedDocument(ConllDocument document, EntityFeatureExtractor extractor, Dictionary<string, int> tagIndex)
        {
            Words = document.Sentences.Select(s => s.Words).ToArray();
            var context = new DocumentContext(Words, Gazetteers.Default);
            Sentences = Words.Select(w => new SentenceView(w)).ToArray();
            Features = Sentences.Select(s => extractor.StaticFeatures(s, context)).ToArray();
            Gold = document.Sentences.Select(s => s.Tags.Select(t => tagIndex.GetValueOrDefault(t)).ToArray()).ToArray();
            Rows = [];
            TokenCount = document.TokenCount;
        }

        public IReadOnlyList<string>[] Words { get; }

        public SentenceView[] Sentences { get; }

        public uint[][][] Features { get; private set; }

        public int[][] Gold { get; }

        public (int[] Rows, int[] Starts)[] Rows { get; private set; }

        public int TokenCount { get; }

        public void MapRows(PerceptronWeights weights)
        {
            Rows = Features.Select(f => EntityTagger.ToRows(f, weights)).ToArray();
            Features = []; // The rows replace the hashes; free them.
        }
    }
}
