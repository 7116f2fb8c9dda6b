using Provenance.Eval.Tests.Support;
using static Provenance.Eval.Tests.Support.Scoring;

namespace Provenance.Eval.Tests;

/// <summary>Blocks: each gold paragraph against the predicted block that overlaps it most.</summary>
public sealed class BlockScoringTests
{
    private const string P0 = "Here is what the draft says, according to Meridian News:";
    private const string P1 = "The plan would freeze the front line and lift some sanctions within a year.";
    private const string P2 = "Negotiators expect a first meeting in Geneva before the holidays.";
    private const string P3 = "Forwarded from a Telegram channel: the convoy has already left.";
    private const string P4 = "I doubt any of this will survive the winter.";

    private static readonly Fixture Post = new("post", string.Join("\n", P0, P1, P2, P3, P4));

    private static int StartOf(string paragraph) => Post.Text.IndexOf(paragraph, StringComparison.Ordinal);

    private static int EndOf(string paragraph) => StartOf(paragraph) + paragraph.Length;

    private static string GoldBlocks(string? p3Source = "Telegram channel") => Post.Gold(("blocks",
    [
        Post.Span(P0, ("voice", "author"), ("source", null)),
        Post.Span(P1, ("voice", "quoted"), ("source", "Meridian News")),
        Post.Span(P2, ("voice", "quoted"), ("source", "Kyiv Ledger")),
        Post.Span(P3, ("voice", "quoted"), ("source", p3Source)),
        Post.Span(P4, ("voice", "author"), ("source", null)),
    ]));

    [Fact]
    public void Voice_and_source_are_judged_against_the_best_overlapping_block()
    {
        var prediction = Fixture.Prediction(("blocks",
        [
            Post.At(StartOf(P0), StartOf(P1) + 5, ("voice", "author"), ("source", null)),
            Post.At(StartOf(P1) + 5, EndOf(P1), ("voice", "quoted"), ("source", "Meridian")),
            Post.At(StartOf(P2), EndOf(P3), ("voice", "quoted"), ("source", "The Sunday Kyiv Ledger Magazine")),
        ]));

        var blocks = Score(GoldBlocks(), prediction)["blocks"];

        // P4 has no overlapping block, so only four voices can be right; P3's source is wrong.
        Assert.Equal(["voice", "source"], blocks.Metrics.Select(m => m.Metric));
        Assert.Equal((4, 5, 5, 0.8, 0.8, 0.8), Of(blocks["voice"]));
        Assert.Equal((2, 3, 3, 0.667, 0.667, 0.667), Of(blocks["source"]));
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public void Of_equally_overlapping_blocks_the_first_listed_decides(bool quotedFirst, int expectedVoice)
    {
        var author = Post.At(StartOf(P1), StartOf(P1) + 10, ("voice", "author"));
        var quoted = Post.At(EndOf(P1) - 10, EndOf(P1), ("voice", "quoted"), ("source", "Meridian News"));
        var gold = Post.Gold(("blocks", [Post.Span(P1, ("voice", "quoted"), ("source", "Meridian News"))]));
        var prediction = Fixture.Prediction(("blocks", quotedFirst ? [quoted, author] : [author, quoted]));

        Assert.Equal(expectedVoice, Score(gold, prediction)["blocks"]["voice"].TruePositives);
    }

    [Fact]
    public void A_quoted_block_without_a_source_matches_a_quoted_prediction_without_one()
    {
        var prediction = Fixture.Prediction(("blocks", [Post.Span(P3, ("voice", "quoted"), ("source", null))]));

        var blocks = Score(GoldBlocks(p3Source: null), prediction)["blocks"];

        Assert.Equal(1, blocks["source"].TruePositives);
        Assert.Equal(3, blocks["source"].Gold);
    }

    [Fact]
    public void An_author_prediction_gets_no_source_credit()
    {
        var prediction = Fixture.Prediction(("blocks", [Post.Span(P1, ("voice", "author"), ("source", "Meridian News"))]));

        Assert.Equal(0, Score(GoldBlocks(), prediction)["blocks"]["source"].TruePositives);
    }
}
