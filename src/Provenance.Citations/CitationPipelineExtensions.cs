using Provenance.Pipeline;

namespace Provenance.Citations;

/// <summary>Registers the <see cref="CitationAnnotator"/> on a pipeline builder.</summary>
public static class CitationPipelineExtensions
{
    public static PipelineBuilder AddCitations(this PipelineBuilder builder, CitationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new CitationAnnotator(options));
    }
}
