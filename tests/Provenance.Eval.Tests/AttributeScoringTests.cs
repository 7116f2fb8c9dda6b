using Provenance.Eval.Tests.Support;
using static Provenance.Eval.Tests.Support.Scoring;

namespace Provenance.Eval.Tests;

/// <summary>Attribute scores: F1 over relaxed pairs whose attribute agrees, per layer as score.py defines them.</summary>
public sealed class AttributeScoringTests
{
    private static readonly Fixture Corridor = new(
        "corridor",
        "“The corridor will open on Friday,” Marchenko told Meridian News. Brandt said the schedule was still under review. " +
        "A senior U.S. official told the Kyiv Ledger that a draft existed.");

    [Fact]
    public void Quote_attributes_count_relaxed_pairs_that_agree()
    {
        var gold = Corridor.Gold(("quotes",
        [
            Corridor.Span("The corridor will open on Friday,", ("kind", "direct"), ("speaker", "Anna Marchenko"), ("anonymous", false), ("outlet", "Meridian News")),
            Corridor.Span("the schedule was still under review", ("kind", "indirect"), ("speaker", "Oleg Brandt"), ("anonymous", false), ("outlet", null)),
            Corridor.Span("a draft existed", ("kind", "indirect"), ("speaker", "a senior U.S. official"), ("anonymous", true), ("outlet", "Kyiv Ledger")),
        ]));
        var prediction = Fixture.Prediction(("quotes",
        [
            Corridor.Span("The corridor will open on Friday", ("kind", "direct"), ("speaker", "Marchenko"), ("anonymous", false), ("outlet", "Meridian News")),
            Corridor.Span("Brandt said the schedule was still under review", ("kind", "mixed"), ("speaker", "Brandt"), ("anonymous", false), ("outlet", null)),
            Corridor.Span("a draft existed", ("kind", "indirect"), ("speaker", "U.S. official"), ("anonymous", true), ("outlet", "the Kyiv Ledger")),
            Corridor.Span("Marchenko told Meridian News", ("kind", "indirect"), ("speaker", "Meridian News")),
        ]));

        var quotes = Score(gold, prediction)["quotes"];

        Assert.Equal(["strict", "relaxed", "speaker", "kind", "outlet"], quotes.Metrics.Select(m => m.Metric));
        Assert.Equal((2, 4, 3, 0.5, 0.667, 0.571), Of(quotes["strict"]));
        Assert.Equal((3, 4, 3, 0.75, 1.0, 0.857), Of(quotes["relaxed"]));
        Assert.Equal((3, 4, 3, 0.75, 1.0, 0.857), Of(quotes["speaker"]));
        Assert.Equal((2, 4, 3, 0.5, 0.667, 0.571), Of(quotes["kind"]));
        Assert.Equal((3, 4, 3, 0.75, 1.0, 0.857), Of(quotes["outlet"]));
    }

    [Theory]
    [InlineData("a senior U.S. official", true, "U.S. official", 1)]
    [InlineData("a senior U.S. official", true, "the official", 1)]
    [InlineData("a senior U.S. official", true, "Ukrainian official", 0)]
    [InlineData("sources", true, "sources familiar with the talks", 1)]
    [InlineData("Anna Marchenko", false, "Marchenko", 1)]
    [InlineData("Anna Marchenko", false, "the official", 0)]
    [InlineData("U.S. official", true, "a senior U.S. official in Kyiv", 1)]
    [InlineData("U.S. official", false, "a senior U.S. official in Kyiv", 0)] // named speakers use same_name, not containment
    public void Anonymous_speakers_match_by_descriptor_and_named_ones_by_name(string goldSpeaker, bool anonymous, string predictedSpeaker, int expected)
    {
        var gold = Corridor.Gold(("quotes", [Corridor.Span("a draft existed", ("speaker", goldSpeaker), ("anonymous", anonymous))]));
        var prediction = Fixture.Prediction(("quotes", [Corridor.Span("a draft existed", ("speaker", predictedSpeaker))]));

        Assert.Equal(expected, Score(gold, prediction)["quotes"]["speaker"].TruePositives);
    }

    private static readonly Fixture Geneva = new(
        "geneva",
        "Ukrainian Foreign Minister Anna Marchenko met Oleg Brandt of Meridian News in Geneva on Monday. Marchenko later flew to Brussels.");

    [Fact]
    public void Entities_pair_only_with_the_same_type_and_compare_canonical_names()
    {
        var gold = Geneva.Gold(("entities",
        [
            Geneva.Span("Anna Marchenko", ("type", "PERSON"), ("entity", "Anna Marchenko")),
            Geneva.Span("Oleg Brandt", ("type", "PERSON"), ("entity", "Oleg Brandt")),
            Geneva.Span("Meridian News", ("type", "ORG"), ("entity", "Meridian News")),
            Geneva.Span("Geneva", ("type", "GPE"), ("entity", "Geneva")),
            Geneva.SpanAt("Marchenko", 1, ("type", "PERSON"), ("entity", "Anna Marchenko")),
            Geneva.Span("Brussels", ("type", "GPE"), ("entity", "Brussels")),
        ]));
        var prediction = Fixture.Prediction(("entities",
        [
            Geneva.Span("Ukrainian", ("type", "GPE"), ("entity", "Ukraine")),
            Geneva.Span("Anna Marchenko", ("type", "PERSON"), ("entity", "Anna Marchenko")),
            Geneva.Span("Oleg Brandt", ("type", "ORG"), ("entity", "Oleg Brandt")),
            Geneva.Span("Meridian News", ("type", "ORG"), ("entity", "the Meridian News")),
            Geneva.Span("Geneva", ("type", "LOC"), ("entity", "Geneva")),
            Geneva.SpanAt("Marchenko", 1, ("type", "PERSON"), ("entity", null)), // falls back to the text
            Geneva.Span("Brussels", ("type", "GPE"), ("entity", "Belgium")),
        ]));

        var entities = Score(gold, prediction)["entities"];

        Assert.Equal((4, 7, 6, 0.571, 0.667, 0.615), Of(entities["strict"]));
        Assert.Equal((4, 7, 6, 0.571, 0.667, 0.615), Of(entities["relaxed"]));
        Assert.Equal((3, 7, 6, 0.429, 0.5, 0.462), Of(entities["entity"]));
    }

    private static readonly Fixture Deadline = new(
        "deadline",
        "The envoy said a draft would be ready by March 3, and talks could end by 2027 (Meridian News, November 12).");

    [Fact]
    public void Timex_value_ignores_case_and_type_must_be_equal()
    {
        var gold = Deadline.Gold(("timex",
        [
            Deadline.Span("March 3", ("type", "DATE"), ("value", "2026-03-03")),
            Deadline.Span("2027", ("type", "DATE"), ("value", "2027")),
            Deadline.Span("November 12", ("type", "DATE"), ("value", "2025-11-12")),
        ]));
        var prediction = Fixture.Prediction(("timex",
        [
            Deadline.Span("by March 3", ("type", "DATE"), ("value", "2026-03-03")),
            Deadline.Span("2027", ("type", "DURATION"), ("value", "2027")),
            Deadline.Span("November 12", ("type", "DATE"), ("value", "xxxx-11-12")),
        ]));

        var timex = Score(gold, prediction)["timex"];

        Assert.Equal((2, 3, 3), (timex["strict"].TruePositives, timex["strict"].Predicted, timex["strict"].Gold));
        Assert.Equal(3, timex["relaxed"].TruePositives);
        Assert.Equal(2, timex["value"].TruePositives);
        Assert.Equal(2, timex["type"].TruePositives);
    }

    [Fact]
    public void Timex_value_comparison_upper_cases_like_python()
    {
        var gold = Deadline.Gold(("timex", [Deadline.Span("2027", ("type", "DATE"), ("value", "2027-su"))]));
        var prediction = Fixture.Prediction(("timex", [Deadline.Span("2027", ("type", "DATE"), ("value", "2027-SU"))]));

        Assert.Equal(1, Score(gold, prediction)["timex"]["value"].TruePositives);
    }

    [Fact]
    public void Citation_outlet_uses_same_name_and_a_missing_date_equals_null()
    {
        var gold = Deadline.Gold(("citations", [Deadline.Span("Meridian News, November 12", ("outlet", "Meridian News"), ("date", null))]));
        var prediction = Fixture.Prediction(("citations", [Deadline.Span("Meridian News, November 12", ("outlet", "Meridian"), ("date", ""))]));

        var citations = Score(gold, prediction)["citations"];

        Assert.Equal(1, citations["outlet"].TruePositives);
        Assert.Equal(1, citations["date"].TruePositives);
    }

    [Fact]
    public void Forecast_holder_horizon_and_certainty_are_scored_separately()
    {
        var gold = Deadline.Gold(("forecasts",
        [
            Deadline.Span("a draft would be ready by March 3", ("holder", "Oleg Brandt"), ("horizon", "2026-03-03"), ("certainty", "certain")),
            Deadline.Span("talks could end by 2027", ("holder", "author"), ("horizon", "2027"), ("certainty", "possible")),
        ]));
        var prediction = Fixture.Prediction(("forecasts",
        [
            Deadline.Span("a draft would be ready by March 3", ("holder", "Brandt"), ("horizon", null), ("certainty", "certain")),
            Deadline.Span("talks could end", ("holder", "author"), ("horizon", "2027"), ("certainty", "likely")),
        ]));

        var forecasts = Score(gold, prediction)["forecasts"];

        Assert.Equal(["strict", "relaxed", "holder", "horizon", "certainty"], forecasts.Metrics.Select(m => m.Metric));
        Assert.Equal(1, forecasts["strict"].TruePositives);
        Assert.Equal(2, forecasts["relaxed"].TruePositives);
        Assert.Equal(2, forecasts["holder"].TruePositives);
        Assert.Equal(1, forecasts["horizon"].TruePositives);
        Assert.Equal(1, forecasts["certainty"].TruePositives);
    }
}
