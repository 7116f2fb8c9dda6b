namespace Provenance.Eval;

/// <summary>The scores of one document: a <see cref="LayerScore"/> for each layer its gold annotates, in <see cref="Scorer.ScoredLayers"/> order.</summary>
public sealed record DocumentScore(string DocumentId, IReadOnlyList<LayerScore> Layers)
{
    /// <exception cref="KeyNotFoundException">The document's gold does not annotate the layer.</exception>
    public LayerScore this[string layer] => Find(layer)
        ?? throw new KeyNotFoundException($"Document '{DocumentId}' has no score for layer '{layer}' (its gold does not annotate it).");

    public LayerScore? Find(string layer) => Layers.FirstOrDefault(l => l.Layer == layer);
}
