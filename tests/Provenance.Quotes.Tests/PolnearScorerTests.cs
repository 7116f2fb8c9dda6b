using Provenance.Core.Annotations;
using Provenance.Quotes.Polnear;

namespace Provenance.Quotes.Tests;

public sealed class PolnearScorerTests
{
    // Offsets into: The mayor said the bridge will open in June.
    private const string Text = "The mayor said the bridge will open in June.";
    private const string Annotation = "T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\nT3\tContent 15 43\tthe bridge will open in June\nT4\tAttribution 10 14\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";

    [Fact]
    public void Reader_ties_source_cue_and_content_of_an_attribution()
    {
        var attribution = Assert.Single(BratAttributionReader.Read(Annotation, out var skipped));

        Assert.Equal(0, skipped);
        Assert.Equal("the bridge will open in June", Text[attribution.Content[0].Start..attribution.Content[0].End]);
        Assert.Equal("The mayor", Text[attribution.Source[0].Start..attribution.Source[0].End]);
        Assert.Equal("said", Text[attribution.Cue[0].Start..attribution.Cue[0].End]);
    }

    [Fact]
    public void Reader_joins_discontinuous_spans_and_skips_garbage()
    {
        const string ann = "T1\tContent 0 5;10 20\tx\ngarbage line\nT2\tCue 7 9\tsa\nE1\tAttribution:T9 Content:T1 Cue:T2\n";
        var attribution = Assert.Single(BratAttributionReader.Read(ann, out var skipped));

        Assert.Equal(1, skipped);
        Assert.Equal(new TextSpan(0, 20), attribution.Content[0]);
        Assert.Empty(attribution.Source);
    }

    [Fact]
    public void Exact_and_overlap_matches_are_counted_per_span_kind()
    {
        var gold = BratAttributionReader.Read(Annotation, out _);
        var predicted = new[] { new Quote(15, 38, QuoteKind.Indirect, "The mayor", false, "said", null, "test", SpeakerStart: 4, SpeakerEnd: 9, CueStart: 10, CueEnd: 14) };

        var score = PolnearScorer.Score(Text, gold, predicted);

        Assert.Equal(1, score.Content.OverlapMatches);
        Assert.Equal(0, score.Content.ExactMatches);
        Assert.Equal(1, score.Source.OverlapMatches);
        Assert.Equal(0, score.Source.ExactMatches);
        Assert.Equal(1, score.Cue.ExactMatches);
    }

    [Fact]
    public void Direct_quote_content_is_compared_with_its_quotation_marks()
    {
        const string text = "“We are ready,” she said.";
        var gold = BratAttributionReader.Read("T1\tContent 0 15\tq\nE1\tContent:T1\n", out _);
        var predicted = new[] { new Quote(1, 14, QuoteKind.Direct, "she", false, "said", null, "test") };

        Assert.Equal(1, PolnearScorer.Score(text, gold, predicted).Content.ExactMatches);
    }
}
