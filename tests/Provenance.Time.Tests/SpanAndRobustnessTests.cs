using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Pipeline;
using Provenance.Segmentation;

namespace Provenance.Time.Tests;

public class SpanAndRobustnessTests
{
    [Fact]
    public void Spans_leave_out_prepositions_and_keep_modifiers()
    {
        const string text = "He spoke on Monday, met envoys earlier this week and will decide by the end of the year.";
        Assert.Equal("Monday=2025-11-17 | earlier this week=2025-W47 | the end of the year=2025", Tag.Show(text, "2025-11-19"));
    }

    [Fact]
    public void Longer_expression_wins_over_the_year_inside_it()
    {
        var timexes = Tag.Timexes("The report of January 25, 2025 was revised.", "2025-02-01");
        var timex = Assert.Single(timexes);
        Assert.Equal("2025-01-25", timex.Value);
    }

    [Fact]
    public void Every_timex_records_its_rule()
    {
        var timexes = Tag.Timexes("Last week the minister said talks would resume in 2026 for three days.", "2025-11-19");
        Assert.NotEmpty(timexes);
        Assert.All(timexes, t => Assert.False(string.IsNullOrEmpty(t.Rule)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("\0\u0001\u0002 binary-looking \uFFFD\uFFFD 2025-13-45 99/99/99 Feb. 31")]
    [InlineData("😀 emoji first, then Nov. 17 and 31 February")]
    public void Odd_text_gives_a_layer_without_throwing(string text)
    {
        var document = Tag.Run(text, "2025-11-19");
        Assert.True(document.Has(Layers.Timex));
        Assert.All(document.Get(Layers.Timex), t => Assert.InRange(t.End, t.Start + 1, text.Length));
    }

    [Fact]
    public void Impossible_dates_are_not_timexes() =>
        Assert.DoesNotContain(Tag.Timexes("The form listed Feb. 31 and 2025-13-45 as dates.", "2025-11-19"), t => t.Value?.Contains("-02-31", StringComparison.Ordinal) == true || t.Value?.Contains("-13-", StringComparison.Ordinal) == true);

    [Fact]
    public void Annotator_registers_through_add_time_and_produces_the_timex_layer()
    {
        var pipeline = new PipelineBuilder().AddSegmentation().AddTime().Build();
        var document = pipeline.Process(new Document("d", "The vote is on Sunday.", new DocumentMetadata { Published = new DateOnly(2025, 11, 19) }));
        Assert.Equal("2025-11-23", Assert.Single(document.Get(Layers.Timex)).Value);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new TimeAnnotator().Annotate(new Document("d", "On Monday, 2025."), source.Token));
    }
}
