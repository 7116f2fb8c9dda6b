using System.Diagnostics;
using Provenance.Core;
using Provenance.Core.Annotations;

namespace Provenance.Quotes.Learned;

/// <summary>
/// Trains an <see cref="AttributionTagger"/> on segmented documents with gold cue, source and content spans
/// (PolNeAR, read by the CLI's <c>train quotes</c>). The hand-written rules run first on every document and
/// their spans become features. Each pass shuffles the documents with a fixed seed; with development data the
/// averaged model of the pass with the best mean exact-span F1 is kept. Deterministic for the same input.
/// </summary>
public static class AttributionTaggerTrainer
{
    public static AttributionTagger Train(IReadOnlyList<AttributionExample> training, IReadOnlyList<AttributionExample>? development,
        AttributionTrainingOptions options, Action<AttributionEpochReport>? report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var rules = new QuoteAnnotator();
        var train = training.Select(e => Prepare(rules, e, cancellationToken)).ToList();
        var dev = development?.Select(e => Prepare(rules, e, cancellationToken)).ToList();
        var model = new AttributionPerceptron(options.BucketBits, AttributionTagger.Labels);
        var random = new Random(options.Seed);
        AttributionTagger? best = null;
        var bestScore = double.NegativeInfinity;
        var epochs = Math.Max(1, options.Epochs);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var order = Enumerable.Range(0, train.Count).ToArray();
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var index in order)
            {
                var (sequence, gold, _) = train[index];
                // Decode with the current weights first to count the accuracy, then learn from the same document.
                var guess = AttributionTagger.Decode(model, sequence, null, cancellationToken);
                for (var i = 0; i < guess.Length; i++)
                {
                    correct += guess[i] == gold[i] ? 1 : 0;
                }

                total += gold.Length;
                AttributionTagger.Decode(model, sequence, gold, cancellationToken);
            }

            var candidate = new AttributionTagger(model.Averaged());
            double? cue = null, source = null, content = null;
            if (dev is not null)
            {
                (cue, source, content) = Evaluate(candidate, dev, cancellationToken);
            }

            var epochReport = new AttributionEpochReport(epoch, epochs, total == 0 ? 0 : (double)correct / total, cue, source, content, clock.Elapsed);
            report?.Invoke(epochReport);
            var score = epochReport.DevelopmentMeanF1 ?? epoch;
            if (score > bestScore)
            {
                bestScore = score;
                best = candidate;
            }
        }

        return best!;
    }

    /// <summary>Exact-span F1 of cue, source and content spans on prepared documents.</summary>
    private static (double Cue, double Source, double Content) Evaluate(AttributionTagger tagger, List<(AttributionSequence Sequence, AttributionTag[] Gold, IReadOnlyList<LabelledSpan> Spans)> documents, CancellationToken cancellationToken)
    {
        var tp = new int[3];
        var predicted = new int[3];
        var gold = new int[3];
        foreach (var (sequence, goldTags, _) in documents)
        {
            var mine = AttributionTagger.Spans(sequence, tagger.Tag(sequence, cancellationToken)).ToHashSet();
            var theirs = AttributionTagger.Spans(sequence, goldTags).ToHashSet();
            foreach (var span in mine)
            {
                predicted[(int)span.Kind]++;
                tp[(int)span.Kind] += theirs.Contains(span) ? 1 : 0;
            }

            foreach (var span in theirs)
            {
                gold[(int)span.Kind]++;
            }
        }

        double F(int k) => predicted[k] + gold[k] == 0 ? 0 : 2.0 * tp[k] / (predicted[k] + gold[k]);
        return (F(0), F(1), F(2));
    }

    private static (AttributionSequence Sequence, AttributionTag[] Gold, IReadOnlyList<LabelledSpan> Spans) Prepare(QuoteAnnotator rules, AttributionExample example, CancellationToken cancellationToken)
    {
        var document = example.Document;
        if (!document.Has(Layers.Blocks) || !document.Has(Layers.Sentences))
        {
            throw new ArgumentException($"Training document '{document.Id}' needs the blocks and sentences layers (run the segmentation annotators first).", nameof(example));
        }

        var context = new QuoteContext(document, rules.Options, cancellationToken);
        var ruleQuotes = rules.FindQuotes(document, cancellationToken);
        var sequence = new AttributionSequence(document.Text, context.Words, context.Sentences, context.Blocks, context.QuotedSpans, ruleQuotes);
        return (sequence, sequence.TagsOf(example.Gold), example.Gold);
    }
}
