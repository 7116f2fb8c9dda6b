using Provenance.Eval.Tests.Support;
using static Provenance.Eval.Tests.Support.Scoring;

namespace Provenance.Eval.Tests;

/// <summary>Pairing of spans (score.py's match()), seen through the quotes layer.</summary>
public sealed class SpanScoringTests
{
    private static readonly Fixture Talks = new("talks", "Talks resume in Geneva next week, officials in Kyiv and Berlin said on Monday.");

    [Fact]
    public void Relaxed_pairing_breaks_equal_overlaps_towards_the_later_gold_record()
    {
        // The prediction overlaps both gold quotes by 5; Python's reverse sort of (5, i, j) pairs it with gold 1.
        var gold = Talks.Gold(("quotes", [Talks.At(0, 10, ("speaker", "Anna Marchenko")), Talks.At(5, 15, ("speaker", "Oleg Brandt"))]));
        var prediction = Fixture.Prediction(("quotes", [Talks.At(5, 10, ("speaker", "Brandt"))]));

        var quotes = Score(gold, prediction)["quotes"];

        Assert.Equal((1, 1, 2, 1.0, 0.5, 0.667), Of(quotes["relaxed"]));
        Assert.Equal((1, 1, 2, 1.0, 0.5, 0.667), Of(quotes["speaker"]));
        Assert.Equal((0, 1, 2, 0.0, 0.0, 0.0), Of(quotes["strict"]));
    }

    [Fact]
    public void Relaxed_pairing_takes_the_largest_overlap_first()
    {
        // Overlaps: gold1/pred0 17, gold0/pred1 9, gold0/pred0 5, gold1/pred1 1.
        var gold = Talks.Gold(("quotes", [Talks.At(0, 10, ("kind", "direct")), Talks.At(8, 30, ("kind", "indirect"))]));
        var prediction = Fixture.Prediction(("quotes", [Talks.At(5, 25, ("kind", "indirect")), Talks.At(0, 9, ("kind", "direct"))]));

        var quotes = Score(gold, prediction)["quotes"];

        Assert.Equal((2, 2, 2, 1.0, 1.0, 1.0), Of(quotes["relaxed"]));
        Assert.Equal((2, 2, 2, 1.0, 1.0, 1.0), Of(quotes["kind"]));
    }

    [Fact]
    public void Relaxed_pairing_is_one_to_one()
    {
        var gold = Talks.Gold(("quotes", [Talks.At(0, 20, ("speaker", "Oleg Brandt"))]));
        var prediction = Fixture.Prediction(("quotes", [Talks.At(0, 10, ("speaker", "Anna Marchenko")), Talks.At(10, 20, ("speaker", "Brandt"))]));

        var quotes = Score(gold, prediction)["quotes"];

        Assert.Equal((1, 2, 1, 0.5, 1.0, 0.667), Of(quotes["relaxed"]));
        // Equal overlaps again: the later prediction wins, and it names the right speaker.
        Assert.Equal(1, quotes["speaker"].TruePositives);
    }

    [Theory]
    [InlineData(10, 20)] // touches the gold span's end
    [InlineData(5, 5)]   // empty span inside it
    public void Spans_that_only_touch_do_not_pair(int start, int end)
    {
        var gold = Talks.Gold(("quotes", [Talks.At(0, 10)]));
        var prediction = Fixture.Prediction(("quotes", [Talks.At(start, end)]));

        Assert.Equal(0, Score(gold, prediction)["quotes"]["relaxed"].TruePositives);
    }

    private static readonly Fixture Promise = new("promise", "Marchenko said: “We will not trade territory for promises,” and left the room.");

    [Theory]
    [InlineData("We will not trade territory for promises", 1)]
    [InlineData("“We will not trade territory for promises", 1)]
    [InlineData("We will not trade territory for promises,”", 1)]
    [InlineData("We will not trade territory", 0)]
    [InlineData("said: “We will not trade territory for promises,”", 0)]
    public void Strict_pairing_ignores_spaces_and_punctuation_at_both_ends(string predicted, int strictMatches)
    {
        var gold = Promise.Gold(("quotes", [Promise.Span("“We will not trade territory for promises,”")]));
        var prediction = Fixture.Prediction(("quotes", [Promise.Span(predicted)]));

        var quotes = Score(gold, prediction)["quotes"];

        Assert.Equal(strictMatches, quotes["strict"].TruePositives);
        Assert.Equal(1, quotes["relaxed"].TruePositives);
    }

    [Fact]
    public void Strict_pairing_trims_by_the_records_own_text()
    {
        // Same offsets as gold, but no "text": nothing is trimmed from the prediction, while gold loses “ and ,”.
        var goldSpan = Promise.Span("“We will not trade territory for promises,”");
        var gold = Promise.Gold(("quotes", [goldSpan]));
        var prediction = Fixture.Prediction(("quotes", [Fixture.Record((int)goldSpan["start"]!, (int)goldSpan["end"]!, null)]));

        var quotes = Score(gold, prediction)["quotes"];

        Assert.Equal(0, quotes["strict"].TruePositives);
        Assert.Equal(1, quotes["relaxed"].TruePositives);
    }
}
