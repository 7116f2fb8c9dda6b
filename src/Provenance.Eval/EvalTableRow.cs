namespace Provenance.Eval;

/// <summary>
/// One line of an eval table: a layer's metric, for one document (<see cref="DocumentId"/> set) or for the total
/// (<see cref="DocumentId"/> null). <see cref="Note"/> says when the layer was not produced, so a renderer can show
/// "not produced" instead of letting zeros look like a weak annotator.
/// </summary>
public sealed record EvalTableRow(
    string? DocumentId,
    string Layer,
    string Metric,
    double Precision,
    double Recall,
    double F1,
    int TruePositives,
    int Predicted,
    int Gold,
    LayerProduction Production,
    string? Note);
