namespace Provenance.Quotes.Learned;

/// <summary>What one training pass gave: word accuracy on the training data and span F1 (exact) on development data.</summary>
public sealed record AttributionEpochReport(int Epoch, int Epochs, double TrainingAccuracy, double? DevelopmentCueF1, double? DevelopmentSourceF1, double? DevelopmentContentF1, TimeSpan Elapsed)
{
    /// <summary>The mean of the three development F1s (the figure the best pass is chosen by).</summary>
    public double? DevelopmentMeanF1 => DevelopmentCueF1 is { } c && DevelopmentSourceF1 is { } s && DevelopmentContentF1 is { } t ? (c + s + t) / 3 : null;
}
