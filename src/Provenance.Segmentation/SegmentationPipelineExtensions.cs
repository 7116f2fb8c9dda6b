using Provenance.Pipeline;

namespace Provenance.Segmentation;

/// <summary>Registers the segmentation annotators (blocks, sentences, tokens) on a pipeline builder.</summary>
public static class SegmentationPipelineExtensions
{
    public static PipelineBuilder AddSegmentation(this PipelineBuilder builder, SentenceOptions? sentences = null, TokenOptions? tokens = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var annotator in SegmentationAnnotators.Create(sentences, tokens))
        {
            builder.Add(annotator);
        }

        return builder;
    }
}
