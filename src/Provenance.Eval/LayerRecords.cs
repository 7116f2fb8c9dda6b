namespace Provenance.Eval;

/// <summary>
/// The layers of one gold file or one prediction, by layer name. A layer that is absent was not annotated
/// (gold) or not produced (prediction); a present layer with no records was annotated, or produced, and is empty.
/// </summary>
public sealed class LayerRecords
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<ScoredRecord>> _layers;

    public LayerRecords(IReadOnlyDictionary<string, IReadOnlyList<ScoredRecord>> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        _layers = layers;
    }

    /// <summary>No layer at all: what score.py assumes when a prediction file is missing.</summary>
    public static LayerRecords Empty { get; } = new(new Dictionary<string, IReadOnlyList<ScoredRecord>>());

    public IEnumerable<string> Names => _layers.Keys;

    public bool Contains(string layer) => _layers.ContainsKey(layer);

    public bool TryGet(string layer, out IReadOnlyList<ScoredRecord> records)
    {
        if (_layers.TryGetValue(layer, out var found))
        {
            records = found;
            return true;
        }

        records = [];
        return false;
    }

    /// <summary>The layer's records, or an empty list when the layer is absent.</summary>
    public IReadOnlyList<ScoredRecord> this[string layer] => _layers.TryGetValue(layer, out var found) ? found : [];
}
