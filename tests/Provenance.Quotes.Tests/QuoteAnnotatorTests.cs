using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Pipeline;
using Provenance.Quotes;

namespace Provenance.Quotes.Tests;

public sealed class QuoteAnnotatorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("“ ” ‘ ’ \" ' « »")]
    [InlineData("said said said, said. According to, according to")]
    [InlineData("\u0000\u0001 “unclosed quotation that never ends")]
    [InlineData("He said. She said. They said: “")]
    public void Odd_text_gives_a_layer_without_throwing(string text)
    {
        var document = QuoteFixture.Annotate(text);

        Assert.True(document.Has(Layers.Quotes));
        Assert.All(document.Get(Layers.Quotes), q => Assert.InRange(q.End, q.Start, text.Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("“ ” ‘ ’ \" ' « »")]
    [InlineData("said said said, said. According to, according to")]
    [InlineData("\u0000\u0001 “unclosed quotation that never ends")]
    [InlineData("He said. She said. They said: “")]
    public void Odd_text_with_the_learned_tagger_gives_spans_inside_the_text(string text)
    {
        var tagger = Learned.AttributionTagger.TryLoadEmbedded(out var error);
        Assert.True(tagger is not null, error);
        var document = QuoteFixture.Segment(text);

        var quotes = new QuoteAnnotator(new QuoteOptions(Learned: tagger)).Annotate(document, CancellationToken.None).Get(Layers.Quotes);

        Assert.All(quotes, q => Assert.InRange(q.End, q.Start + 1, text.Length));
        Assert.All(quotes, q => Assert.True(q.CueStart is null || q.CueEnd <= text.Length));
    }

    [Fact]
    public void Long_document_gives_one_quote_per_attributed_paragraph()
    {
        // A quadratic scan would show here as a hang; the assertion checks that nothing is lost on the way.
        var paragraphs = Enumerable.Range(0, 400).Select(i => $"Port director Anna Berg said that ferry line {i} would reopen in spring.");
        var document = QuoteFixture.Annotate(string.Join("\n", paragraphs));

        Assert.Equal(400, document.Get(Layers.Quotes).Length);
        Assert.All(document.Get(Layers.Quotes), q => Assert.Equal("Anna Berg", q.Speaker));
    }

    [Fact]
    public void Every_quote_records_its_rule()
    {
        const string text = "“We are ready,” Maria Olsen said. The pipeline would reopen in spring, a Polish official said. According to Reuters, the talks ended.";
        var document = QuoteFixture.Annotate(text);

        Assert.Equal(3, document.Get(Layers.Quotes).Length);
        Assert.All(document.Get(Layers.Quotes), q => Assert.False(string.IsNullOrEmpty(q.Rule)));
    }

    [Fact]
    public void Missing_sentences_layer_is_a_clear_error()
    {
        var annotator = new QuoteAnnotator();
        var error = Assert.Throws<InvalidOperationException>(() => annotator.Annotate(new Document("d", "text"), CancellationToken.None));

        Assert.Contains("blocks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipeline_builder_accepts_quotes_after_segmentation()
    {
        var pipeline = new PipelineBuilder().AddQuotes();

        Assert.Throws<InvalidOperationException>(() => pipeline.Build());
    }

    [Fact]
    public void Negative_options_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new QuoteAnnotator(new QuoteOptions(MinIndirectWords: -1)));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        var segmented = QuoteFixture.Annotate("“We are ready,” Maria Olsen said.");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new QuoteAnnotator().Annotate(segmented, cancelled.Token));
    }

    [Fact]
    public void Annotator_is_safe_to_share_across_threads()
    {
        var texts = Enumerable.Range(0, 40).Select(i => $"“Offer number {i} stands,” Maria Olsen said. The port reopens on day {i}, a Polish official said.").ToArray();
        var results = texts.AsParallel().Select(t => QuoteFixture.Quotes(t)).ToArray();

        Assert.All(results, quotes => Assert.Equal(2, quotes.Count));
        Assert.All(results, quotes => Assert.Equal(QuoteKind.Direct, quotes[0].Kind));
    }
}
