namespace Provenance.Eval.Tests.Support;

/// <summary>Shortcuts for the tests: parse a gold and a prediction written by <see cref="Fixture"/>, and score them.</summary>
internal static class Scoring
{
    public static DocumentScore Score(string goldJson, string predictionJson) =>
        Scorer.ScoreDocument(GoldDocumentReader.Parse(goldJson, "test gold"), PredictionReader.Parse(predictionJson, "test prediction"));

    /// <summary>(tp, pred, gold, P, R, F1) of a metric, for one-line assertions.</summary>
    public static (int Tp, int Pred, int Gold, double P, double R, double F1) Of(MetricScore m) =>
        (m.TruePositives, m.Predicted, m.Gold, m.Precision, m.Recall, m.F1);
}
