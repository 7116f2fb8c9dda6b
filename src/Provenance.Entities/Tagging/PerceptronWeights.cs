namespace Provenance.Entities.Tagging;

/// <summary>
/// A weight for every (feature, tag) pair: feature hashes map to rows of <see cref="TagCount"/> weights.
/// Features without a row score nothing. Read-only after construction except through the trainer.
/// </summary>
internal sealed class PerceptronWeights
{
    private readonly Dictionary<uint, int> _rows;

    public PerceptronWeights(Dictionary<uint, int> rows, float[] values, int tagCount)
    {
        if (values.Length != rows.Count * tagCount)
        {
            throw new ArgumentException($"Expected {rows.Count * tagCount} weights for {rows.Count} features and {tagCount} tags, got {values.Length}.", nameof(values));
        }

        _rows = rows;
        Values = values;
        TagCount = tagCount;
    }

    public int TagCount { get; }

    public float[] Values { get; }

    public int RowCount => _rows.Count;

    public IReadOnlyDictionary<uint, int> Rows => _rows;

    public int RowOf(uint feature) => _rows.TryGetValue(feature, out var row) ? row : -1;

    /// <summary>Adds the weights of <paramref name="row"/> to <paramref name="scores"/>.</summary>
    public void AddRow(int row, Span<float> scores)
    {
        var weights = Values.AsSpan(row * TagCount, TagCount);
        for (var t = 0; t < scores.Length; t++)
        {
            scores[t] += weights[t];
        }
    }
}
