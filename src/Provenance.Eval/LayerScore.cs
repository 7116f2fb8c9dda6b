namespace Provenance.Eval;

/// <summary>
/// The scores of one layer, for one document or summed over many: its metrics in score.py's order
/// (<c>strict</c>, <c>relaxed</c>, then the attributes; <c>voice</c>, <c>source</c> for blocks; <c>pairs</c> for
/// roles), over <see cref="Documents"/> documents whose gold annotates the layer, of which
/// <see cref="DocumentsNotProduced"/> had no such layer in the prediction. Such a layer still counts as
/// score.py counts it (nothing predicted); the flag only lets a report say why.
/// </summary>
public sealed record LayerScore(string Layer, IReadOnlyList<MetricScore> Metrics, int Documents, int DocumentsNotProduced)
{
    public LayerProduction Production =>
        DocumentsNotProduced == 0 ? LayerProduction.Produced
        : DocumentsNotProduced >= Documents ? LayerProduction.NotProduced
        : LayerProduction.PartlyProduced;

    /// <summary>The metric with this name (<c>strict</c>, <c>relaxed</c>, <c>speaker</c>, ...).</summary>
    /// <exception cref="KeyNotFoundException">The layer has no such metric.</exception>
    public MetricScore this[string metric] => Find(metric)
        ?? throw new KeyNotFoundException($"Layer '{Layer}' has no metric '{metric}'; it has {string.Join(", ", Metrics.Select(m => m.Metric))}.");

    public MetricScore? Find(string metric) => Metrics.FirstOrDefault(m => m.Metric == metric);
}
