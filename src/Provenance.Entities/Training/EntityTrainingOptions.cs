namespace Provenance.Entities.Training;

/// <summary>How <see cref="EntityTaggerTrainer"/> trains: passes over the data, the shuffling seed, feature pruning.</summary>
public sealed record EntityTrainingOptions
{
    public static EntityTrainingOptions Default { get; } = new();

    /// <summary>Passes over the training documents; with development data the best pass is kept.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>Seed of the document order of each pass: the same data and seed give the same model, byte for byte.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Features seen fewer times in the training data (with gold tags) get no weight; keeps the model small.</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>Word clusters for the cluster features (<see cref="WordClusters.Empty"/>: none); the model records their fingerprint.</summary>
    public WordClusters Clusters { get; init; } = WordClusters.Empty;

    /// <summary>Decode (and train) with exact second-order Viterbi search instead of greedily left to right; recorded in the model.</summary>
    public bool Viterbi { get; init; } = true;

    /// <summary>Written into the model as its description (what it was trained on).</summary>
    public string Description { get; init; } = "";
}
