namespace Provenance.Time.Evaluation;

/// <summary>
/// TempEval-3 timex scores (SOURCE.md of the data set): strict (same extent) and relaxed (overlapping) span
/// precision, recall and F1; value and type accuracy over relaxed matches; value F1 = relaxed F1 × value
/// accuracy (the toolkit's "overall timex performance"), type F1 likewise.
/// </summary>
public sealed record TempEvalScore(int Documents, int Gold, int Predicted, int StrictMatches, int RelaxedMatches, int ValueCorrect, int TypeCorrect, IReadOnlyList<TempEvalError> Errors, IReadOnlyList<string> Problems)
{
    /// <summary>Per rule (the timex's <c>Rule</c>): how many it predicted, how many matched gold (relaxed), how many of those with the right value.</summary>
    public IReadOnlyDictionary<string, (int Predicted, int Relaxed, int Value)> ByRule { get; init; } = new Dictionary<string, (int, int, int)>();

    public double StrictPrecision => Ratio(StrictMatches, Predicted);
    public double StrictRecall => Ratio(StrictMatches, Gold);
    public double StrictF1 => F1(StrictPrecision, StrictRecall);
    public double RelaxedPrecision => Ratio(RelaxedMatches, Predicted);
    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);
    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);
    public double ValueF1 => RelaxedF1 * ValueAccuracy;
    public double TypeAccuracy => Ratio(TypeCorrect, RelaxedMatches);
    public double TypeF1 => RelaxedF1 * TypeAccuracy;

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
