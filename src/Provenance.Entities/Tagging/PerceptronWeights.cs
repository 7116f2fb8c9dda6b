namespace Provenance.Entities.Tagging;

/// <summary>
/// A weight for every (feature, tag) pair: feature hashes map to rows of <see cref="TagCount"/> weights.
/// Features without a row score nothing. Lookups go through an open-addressing table of the hashes (linear
/// probing, at most half full), which is several times faster than a dictionary for the tagger's millions of
/// lookups. Read-only after construction except the <see cref="Values"/> the trainer updates.
/// </summary>
internal sealed class PerceptronWeights
{
    private readonly uint[] _keys;
    private readonly int[] _slots;
    private readonly int _shift;

    public PerceptronWeights(Dictionary<uint, int> rows, float[] values, int tagCount)
    {
        if (values.Length != rows.Count * tagCount)
        {
            throw new ArgumentException($"Expected {rows.Count * tagCount} weights for {rows.Count} features and {tagCount} tags, got {values.Length}.", nameof(values));
        }

        RowCount = rows.Count;
        Values = values;
        TagCount = tagCount;
        var bits = 4;
        while ((1 << bits) < rows.Count * 2)
        {
            bits++;
        }

        _shift = 32 - bits;
        _keys = new uint[1 << bits];
        _slots = new int[1 << bits];
        var mask = (1 << bits) - 1;
        foreach (var (hash, row) in rows)
        {
            var i = Slot(hash);
            while (_slots[i] != 0)
            {
                i = (i + 1) & mask;
            }

            _keys[i] = hash;
            _slots[i] = row + 1;
        }
    }

    public int TagCount { get; }

    public float[] Values { get; }

    public int RowCount { get; }

    /// <summary>Every feature hash with its row, read from the lookup table (no dictionary is kept).</summary>
    public IEnumerable<(uint Hash, int Row)> Rows
    {
        get
        {
            for (var i = 0; i < _slots.Length; i++)
            {
                if (_slots[i] != 0)
                {
                    yield return (_keys[i], _slots[i] - 1);
                }
            }
        }
    }

    /// <summary>Bytes the weights and the lookup table take in memory.</summary>
    public long MemoryBytes => (Values.Length * 4L) + (_keys.Length * 8L);

    public int RowOf(uint feature)
    {
        var mask = _keys.Length - 1;
        var i = Slot(feature);
        while (true)
        {
            var slot = _slots[i];
            if (slot == 0)
            {
                return -1;
            }

            if (_keys[i] == feature)
            {
                return slot - 1;
            }

            i = (i + 1) & mask;
        }
    }

    /// <summary>The rows of the features that have one, in order.</summary>
    public int[] RowsOf(List<uint> features)
    {
        var rows = new List<int>(features.Count);
        foreach (var feature in features)
        {
            var row = RowOf(feature);
            if (row >= 0)
            {
                rows.Add(row);
            }
        }

        return rows.ToArray();
    }

    /// <summary>Adds the weights of <paramref name="row"/> to <paramref name="scores"/>.</summary>
    public void AddRow(int row, Span<float> scores)
    {
        var weights = Values.AsSpan(row * TagCount, TagCount);
        for (var t = 0; t < scores.Length; t++)
        {
            scores[t] += weights[t];
        }
    }

    // Fibonacci hashing spreads FNV hashes whose low bits cluster.
    private int Slot(uint hash) => (int)((hash * 2654435769u) >> _shift);
}
