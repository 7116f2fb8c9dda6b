namespace Provenance.Quotes.Polnear;

/// <summary>Counts for one span kind: pairs found by overlap and by exact offsets, predicted and gold totals.</summary>
public sealed record SpanScore(int OverlapMatches, int ExactMatches, int Predicted, int Gold)
{
    public static SpanScore Empty { get; } = new(0, 0, 0, 0);

    public double OverlapPrecision => Ratio(OverlapMatches, Predicted);

    public double OverlapRecall => Ratio(OverlapMatches, Gold);

    public double OverlapF1 => F1(OverlapPrecision, OverlapRecall);

    public double ExactPrecision => Ratio(ExactMatches, Predicted);

    public double ExactRecall => Ratio(ExactMatches, Gold);

    public double ExactF1 => F1(ExactPrecision, ExactRecall);

    public SpanScore Add(SpanScore other) =>
        new(OverlapMatches + other.OverlapMatches, ExactMatches + other.ExactMatches, Predicted + other.Predicted, Gold + other.Gold);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
