using Provenance.Eval.Tests.Support;
using static Provenance.Eval.Tests.Support.Scoring;

namespace Provenance.Eval.Tests;

/// <summary>Totals are micro-averages: counts summed over the documents that annotate a layer.</summary>
public sealed class AggregationTests
{
    private static readonly Fixture First = new("first", "Marchenko said the corridor would open. Brandt said talks would resume.");
    private static readonly Fixture Second = new("second", "A senior official said the draft was ready. Novak said it was not.");

    private static DocumentScore ScoreFirst() => Score(
        First.Gold(("quotes", [First.Span("the corridor would open", ("speaker", "Anna Marchenko")), First.Span("talks would resume", ("speaker", "Oleg Brandt"))])),
        Fixture.Prediction(("quotes", [First.Span("the corridor would open", ("speaker", "Marchenko"))])));

    private static DocumentScore ScoreSecond() => Score(
        Second.Gold(
            ("quotes", [Second.Span("the draft was ready", ("speaker", "a senior official"), ("anonymous", true)), Second.Span("it was not", ("speaker", "Lena Novak"))]),
            ("timex", [])),
        Fixture.Prediction(("quotes",
        [
            Second.Span("the draft was ready", ("speaker", "official")),
            Second.Span("it was not", ("speaker", "Novak")),
            Second.Span("A senior official said", ("speaker", "Novak")),
            Second.Span("Novak said", ("speaker", "Novak")),
        ])));

    [Fact]
    public void Totals_sum_counts_before_computing_ratios()
    {
        var total = Scorer.Aggregate([ScoreFirst(), ScoreSecond()]);

        // first: 1 of 1 predicted, 1 of 2 gold; second: 2 of 4 predicted, 2 of 2 gold.
        Assert.Equal(2, total.Documents);
        Assert.Equal((3, 5, 4, 0.6, 0.75, 0.667), Of(total["quotes"]["relaxed"]));
        Assert.Equal((3, 5, 4, 0.6, 0.75, 0.667), Of(total["quotes"]["speaker"]));
        Assert.Equal(2, total["quotes"].Documents);
    }

    [Fact]
    public void A_layer_counts_only_in_documents_whose_gold_annotates_it()
    {
        var total = Scorer.Aggregate([ScoreFirst(), ScoreSecond()]);

        Assert.Equal(["quotes", "timex"], total.Layers.Select(l => l.Layer));
        Assert.Equal(1, total["timex"].Documents);
        Assert.Equal(LayerProduction.NotProduced, total["timex"].Production);
        Assert.Equal((0, 0, 0, 1.0, 1.0, 1.0), Of(total["timex"]["strict"]));
    }

    [Fact]
    public void A_layer_produced_for_some_documents_only_is_partly_produced()
    {
        var missing = Score(First.Gold(("quotes", [])), Fixture.Prediction());
        var present = Score(Second.Gold(("quotes", [])), Fixture.Prediction(("quotes", [])));

        var total = Scorer.Aggregate([missing, present]);

        Assert.Equal(LayerProduction.PartlyProduced, total["quotes"].Production);
        Assert.Equal((2, 1), (total["quotes"].Documents, total["quotes"].DocumentsNotProduced));
    }

    [Fact]
    public void No_documents_give_an_empty_total()
    {
        var total = Scorer.Aggregate([]);

        Assert.Equal(0, total.Documents);
        Assert.Empty(total.Layers);
    }
}
