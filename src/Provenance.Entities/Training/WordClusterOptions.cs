namespace Provenance.Entities.Training;

/// <summary>How <see cref="WordClusterer"/> clusters words: how many clusterings and of what size, which words, how long.</summary>
public sealed record WordClusterOptions
{
    public static WordClusterOptions Default { get; } = new();

    /// <summary>One flat clustering per entry, coarse to fine; each becomes a feature level of the tagger.</summary>
    public IReadOnlyList<int> ClusterCounts { get; init; } = [64, 256, 1024];

    /// <summary>Words seen fewer times get no cluster (they are clustered as one unknown word).</summary>
    public int MinCount { get; init; } = 2;

    /// <summary>Passes of the exchange algorithm over the vocabulary (it stops earlier when almost no word moves).</summary>
    public int Iterations { get; init; } = 10;
}
