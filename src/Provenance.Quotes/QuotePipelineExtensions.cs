using Provenance.Pipeline;

namespace Provenance.Quotes;

/// <summary>Registers the quotation annotator on a pipeline builder.</summary>
public static class QuotePipelineExtensions
{
    /// <summary>Adds <see cref="QuoteAnnotator"/> (needs blocks and sentences: call <c>AddSegmentation()</c> first).</summary>
    public static PipelineBuilder AddQuotes(this PipelineBuilder builder, QuoteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new QuoteAnnotator(options));
    }
}
