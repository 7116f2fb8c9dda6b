namespace Provenance.Quotes.Learned;

/// <summary>Settings of <see cref="AttributionTaggerTrainer"/>; training is deterministic for given data and options.</summary>
public sealed record AttributionTrainingOptions
{
    public static AttributionTrainingOptions Default { get; } = new();

    /// <summary>Passes over the training documents; with development data the best pass is kept.</summary>
    public int Epochs { get; init; } = 8;

    /// <summary>Seed of the document order of each pass.</summary>
    public int Seed { get; init; } = 17;

    /// <summary>log2 of the number of hash buckets (model size).</summary>
    public int BucketBits { get; init; } = 19;
}
