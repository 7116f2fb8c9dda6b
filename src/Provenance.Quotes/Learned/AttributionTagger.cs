namespace Provenance.Quotes.Learned;

/// <summary>
/// A learned attribution tagger: labels each word as part of a cue, a source or a content span (BIO), greedily
/// left to right within each paragraph, with an averaged perceptron (<see cref="AttributionFeatures"/>). Trained on
/// PolNeAR by <see cref="AttributionTaggerTrainer"/> (<c>provenance train quotes</c>); the shipped model is
/// embedded in this assembly (<c>Models/attributions.bin</c>, see <c>Models/MODEL.md</c>). It follows PolNeAR's
/// conventions (which count opinions, "called", "shows" and more as attributions), not GUIDELINES.md, so the
/// quote annotator uses it only when <see cref="QuoteOptions.Learned"/> asks for it. Immutable and thread-safe.
/// </summary>
public sealed class AttributionTagger
{
    public const string EmbeddedModelName = "Provenance.Quotes.Models.attributions.bin";
    private const int LabelCount = 7;

    private static readonly Lazy<(AttributionTagger? Tagger, string? Error)> Embedded = new(LoadEmbedded);

    internal AttributionTagger(AttributionPerceptron model)
    {
        Model = model;
    }

    internal AttributionPerceptron Model { get; }

    /// <summary>The model shipped in this assembly, or null with the reason when it is missing or unreadable.</summary>
    public static AttributionTagger? TryLoadEmbedded(out string? error)
    {
        var (tagger, reason) = Embedded.Value;
        error = reason;
        return tagger;
    }

    /// <summary>Reads a model file written by <see cref="Save"/>; null with a reason when it is not one.</summary>
    public static AttributionTagger? TryLoad(Stream stream, out string? error)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var model = AttributionPerceptron.TryLoad(stream, out error);
        if (model is not null && model.Labels != LabelCount)
        {
            // The decoder scores exactly the tags this version knows; another count is another model format.
            error = $"the model has {model.Labels} tags where this version uses {LabelCount}";
            return null;
        }

        return model is null ? null : new AttributionTagger(model);
    }

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Model.Save(stream);
    }

    internal static int Labels => LabelCount;

    internal AttributionTag[] Tag(AttributionSequence sequence, CancellationToken cancellationToken = default) => Decode(Model, sequence, null, cancellationToken);

    /// <summary>
    /// Greedy BIO decoding; with <paramref name="gold"/> it also trains <paramref name="model"/> on every word
    /// (the previous tags are the model's own, as at run time).
    /// </summary>
    internal static AttributionTag[] Decode(AttributionPerceptron model, AttributionSequence sequence, AttributionTag[]? gold, CancellationToken cancellationToken)
    {
        var tags = new AttributionTag[sequence.Count];
        Span<ulong> features = stackalloc ulong[AttributionFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[LabelCount];
        int previous = AttributionFeatures.StartTag, previous2 = AttributionFeatures.StartTag;
        for (var i = 0; i < sequence.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (i > 0 && sequence.BlockOf[i] != sequence.BlockOf[i - 1])
            {
                previous = previous2 = AttributionFeatures.StartTag;
            }

            var n = AttributionFeatures.Extract(sequence, i, previous, previous2, features);
            model.Score(features[..n], scores);
            var best = 0;
            for (var l = 1; l < LabelCount; l++)
            {
                if (Allowed(previous, l) && scores[l] > scores[best])
                {
                    best = l;
                }
            }

            if (gold is not null)
            {
                model.Update(features[..n], (int)gold[i], best);
                best = (int)gold[i];
            }

            tags[i] = (AttributionTag)best;
            previous2 = previous;
            previous = best;
        }

        return tags;
    }

    /// <summary>The labelled spans of a tag sequence: a B tag opens a span, I tags of the same kind extend it.</summary>
    internal static List<LabelledSpan> Spans(AttributionSequence sequence, AttributionTag[] tags)
    {
        var spans = new List<LabelledSpan>();
        var i = 0;
        while (i < tags.Length)
        {
            if (tags[i] == AttributionTag.Outside)
            {
                i++;
                continue;
            }

            var kind = AttributionSequence.KindOf(tags[i]);
            var inside = AttributionSequence.Inside(kind);
            var j = i + 1;
            while (j < tags.Length && tags[j] == inside && sequence.BlockOf[j] == sequence.BlockOf[i])
            {
                j++;
            }

            spans.Add(new LabelledSpan(sequence.Words[i].Start, sequence.Words[j - 1].End, kind));
            i = j;
        }

        return spans;
    }

    /// <summary>An I tag only continues a B or I of its own kind.</summary>
    private static bool Allowed(int previous, int label) =>
        label is 0 or 1 or 3 or 5 || (previous != AttributionFeatures.StartTag && previous != 0 && (previous + 1) / 2 == (label + 1) / 2);

    private static (AttributionTagger?, string?) LoadEmbedded()
    {
        using var stream = typeof(AttributionTagger).Assembly.GetManifestResourceStream(EmbeddedModelName);
        if (stream is null)
        {
            return (null, $"the attribution model '{EmbeddedModelName}' is not embedded in this build; train it with `provenance train quotes` into src/Provenance.Quotes/Models/attributions.bin and rebuild");
        }

        var tagger = TryLoad(stream, out var error);
        return (tagger, error);
    }
}
