namespace Provenance.Eval;

/// <summary>
/// One metric of one layer: how many predictions were right (<see cref="TruePositives"/>) out of how many were
/// made and how many gold records exist, with precision, recall and F1 computed and rounded to three decimals
/// exactly as score.py's <c>prf()</c> does. Its edge cases: no prediction and no gold is P = R = F1 = 1;
/// no prediction against some gold is P = 0; no gold makes R = 1 whatever was predicted.
/// </summary>
public sealed record MetricScore(string Metric, int TruePositives, int Predicted, int Gold)
{
    public double Precision => PythonRounding.Round3(RawPrecision);

    public double Recall => PythonRounding.Round3(RawRecall);

    public double F1
    {
        get
        {
            double p = RawPrecision, r = RawRecall;
            return PythonRounding.Round3(p + r != 0 ? 2 * p * r / (p + r) : 0.0);
        }
    }

    private double RawPrecision => Predicted != 0 ? (double)TruePositives / Predicted : (Gold == 0 ? 1.0 : 0.0);

    private double RawRecall => Gold != 0 ? (double)TruePositives / Gold : 1.0;

    /// <summary>The counts of two scores added, as score.py's <c>add()</c> micro-averages over documents.</summary>
    public MetricScore Plus(MetricScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return this with { TruePositives = TruePositives + other.TruePositives, Predicted = Predicted + other.Predicted, Gold = Gold + other.Gold };
    }
}
