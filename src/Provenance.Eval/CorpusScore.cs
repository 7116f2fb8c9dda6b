namespace Provenance.Eval;

/// <summary>
/// Scores micro-averaged over <see cref="Documents"/> documents as score.py's <c>total</c>: the counts of each
/// layer and metric are summed over the documents whose gold annotates the layer, then P/R/F1 computed once.
/// </summary>
public sealed record CorpusScore(int Documents, IReadOnlyList<LayerScore> Layers)
{
    /// <exception cref="KeyNotFoundException">No document's gold annotates the layer.</exception>
    public LayerScore this[string layer] => Find(layer)
        ?? throw new KeyNotFoundException($"No scored document annotates layer '{layer}'.");

    public LayerScore? Find(string layer) => Layers.FirstOrDefault(l => l.Layer == layer);
}
