using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Pipeline;
using Provenance.Quotes;
using Provenance.Segmentation;

namespace Provenance.Quotes.Tests;

/// <summary>Runs segmentation and the quote annotator on a text and shows each quote as readable strings.</summary>
internal static class QuoteFixture
{
    private static readonly AnnotationPipeline Pipeline = new PipelineBuilder().AddSegmentation().AddQuotes().Build();
    private static readonly AnnotationPipeline Segmentation = new PipelineBuilder().AddSegmentation().Build();

    /// <summary>The text with blocks and sentences only, for tests that add layers of their own.</summary>
    public static Document Segment(string text) =>
        Segmentation.Process(new Document("fixture", text));

    public static Document Annotate(string text) =>
        Pipeline.Process(new Document("fixture", text));

    public static IReadOnlyList<QuoteView> Quotes(string text)
    {
        var document = Annotate(text);
        return document.Get(Layers.Quotes).Select(q => new QuoteView(document.TextOf(q), q.Kind, q.Speaker, q.Anonymous, q.Cue, q.Outlet, q.Rule)).ToList();
    }

    public static QuoteView Single(string text)
    {
        var quotes = Quotes(text);
        Assert.True(quotes.Count == 1, $"expected one quote, got {quotes.Count}: {string.Join(" | ", quotes)}");
        return quotes[0];
    }
}

internal sealed record QuoteView(string Text, QuoteKind Kind, string? Speaker, bool Anonymous, string? Cue, string? Outlet, string? Rule);
