using Provenance.Eval.Tests.Support;
using static Provenance.Eval.Tests.Support.Scoring;

namespace Provenance.Eval.Tests;

/// <summary>Absent gold layers are not scored; layers the prediction lacks score as empty and are flagged.</summary>
public sealed class LayerPresenceTests
{
    private static readonly Fixture Brief = new("brief", "Brandt expects the corridor to open by Friday, Meridian News reported (Kyiv Ledger, May 2).");

    [Fact]
    public void Only_layers_the_gold_annotates_are_scored()
    {
        var gold = Brief.Gold(("quotes", []), ("forecasts", [Brief.Span("the corridor to open by Friday", ("holder", "Oleg Brandt"), ("certainty", "likely"))]));
        var prediction = Fixture.Prediction(("citations", [Brief.Span("Kyiv Ledger, May 2", ("outlet", "Kyiv Ledger"))]));

        var score = Score(gold, prediction);

        Assert.Equal(["quotes", "forecasts"], score.Layers.Select(l => l.Layer));
        Assert.Null(score.Find("citations"));
    }

    [Fact]
    public void A_missing_prediction_layer_is_not_produced_but_counts_as_empty()
    {
        var gold = Brief.Gold(("quotes", []), ("forecasts", [Brief.Span("the corridor to open by Friday", ("holder", "Oleg Brandt"), ("certainty", "likely"))]));

        var score = Score(gold, Fixture.Prediction());

        Assert.Equal(LayerProduction.NotProduced, score["quotes"].Production);
        Assert.Equal((0, 0, 0, 1.0, 1.0, 1.0), Of(score["quotes"]["strict"]));
        Assert.Equal(LayerProduction.NotProduced, score["forecasts"].Production);
        Assert.Equal((0, 0, 1, 0.0, 0.0, 0.0), Of(score["forecasts"]["relaxed"]));
    }

    [Fact]
    public void An_empty_prediction_layer_is_produced()
    {
        var gold = Brief.Gold(("quotes", []), ("forecasts", [Brief.Span("the corridor to open by Friday", ("holder", "Oleg Brandt"), ("certainty", "likely"))]));

        var score = Score(gold, Fixture.Prediction(("quotes", []), ("forecasts", [])));

        Assert.Equal(LayerProduction.Produced, score["quotes"].Production);
        Assert.Equal(LayerProduction.Produced, score["forecasts"].Production);
        Assert.Equal((0, 0, 1, 0.0, 0.0, 0.0), Of(score["forecasts"]["relaxed"]));
    }

    [Fact]
    public void A_null_prediction_layer_is_not_produced()
    {
        var gold = Brief.Gold(("quotes", []));

        var score = Score(gold, """{"layers": {"quotes": null}}""");

        Assert.Equal(LayerProduction.NotProduced, score["quotes"].Production);
    }
}
