namespace Provenance.Eval;

/// <summary>
/// An <see cref="EvalReport"/> flattened into rows for a table renderer (the CLI's, or
/// <see cref="EvalTextRenderer"/>): one row per layer × metric for the total, and the same per document.
/// Rows keep the order of <see cref="Scorer.ScoredLayers"/> and, within a layer, score.py's metric order.
/// </summary>
public sealed record EvalTable(int Documents, IReadOnlyList<EvalTableRow> TotalRows, IReadOnlyList<EvalTableRow> DocumentRows, IReadOnlyList<EvalProblem> Problems)
{
    /// <summary>The column headings, in the order a renderer should show a row's values.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["layer", "metric", "P", "R", "F1", "tp", "pred", "gold", "note"];

    public static EvalTable From(EvalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var total = report.Total.Layers.SelectMany(layer => RowsOf(null, layer)).ToList();
        var documents = report.Documents.SelectMany(d => d.Layers.SelectMany(layer => RowsOf(d.DocumentId, layer))).ToList();
        return new EvalTable(report.Total.Documents, total, documents, report.Problems);
    }

    private static IEnumerable<EvalTableRow> RowsOf(string? documentId, LayerScore layer)
    {
        var note = layer.Production switch
        {
            LayerProduction.NotProduced => "not produced",
            LayerProduction.PartlyProduced => $"not produced in {layer.DocumentsNotProduced} of {layer.Documents} documents",
            _ => null,
        };
        return layer.Metrics.Select(m => new EvalTableRow(
            documentId, layer.Layer, m.Metric, m.Precision, m.Recall, m.F1, m.TruePositives, m.Predicted, m.Gold, layer.Production, note));
    }
}
