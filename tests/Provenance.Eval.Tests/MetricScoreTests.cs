namespace Provenance.Eval.Tests;

public sealed class MetricScoreTests
{
    [Theory]
    [InlineData(0, 0, 0, 1.0, 1.0, 1.0)]     // nothing to find, nothing found
    [InlineData(0, 2, 0, 0.0, 1.0, 0.0)]     // no gold: recall is 1 whatever was predicted
    [InlineData(0, 0, 3, 0.0, 0.0, 0.0)]     // nothing predicted against some gold
    [InlineData(1, 3, 3, 0.333, 0.333, 0.333)]
    [InlineData(2, 3, 3, 0.667, 0.667, 0.667)]
    [InlineData(1, 16, 1, 0.062, 1.0, 0.118)] // 0.0625 is a tie: half to even
    [InlineData(3, 16, 3, 0.188, 1.0, 0.316)] // 0.1875: half to even rounds up
    [InlineData(3, 4, 3, 0.75, 1.0, 0.857)]
    public void Precision_recall_and_f1_follow_score_py_prf(int tp, int predicted, int gold, double p, double r, double f1)
    {
        var score = new MetricScore("relaxed", tp, predicted, gold);

        Assert.Equal((p, r, f1), (score.Precision, score.Recall, score.F1));
    }

    [Theory]
    [InlineData(0.0625, 0.062)]
    [InlineData(0.1875, 0.188)]
    [InlineData(0.0005, 0.001)]   // stored as slightly more than 0.0005
    [InlineData(0.6665, 0.666)]   // stored as slightly less than 0.6665
    [InlineData(0.3335, 0.334)]
    [InlineData(0.9995, 1.0)]
    [InlineData(2.0 / 3.0, 0.667)]
    [InlineData(1.0, 1.0)]
    [InlineData(0.0, 0.0)]
    public void Rounding_matches_python_round_to_three_places(double value, double expected)
    {
        Assert.Equal(expected, PythonRounding.Round3(value));
    }

    [Fact]
    public void Plus_adds_counts_and_recomputes_the_ratios()
    {
        var sum = new MetricScore("strict", 1, 1, 2).Plus(new MetricScore("strict", 2, 4, 2));

        Assert.Equal((3, 5, 4, 0.6, 0.75, 0.667), (sum.TruePositives, sum.Predicted, sum.Gold, sum.Precision, sum.Recall, sum.F1));
    }
}
