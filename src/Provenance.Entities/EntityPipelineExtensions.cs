using Provenance.Pipeline;

namespace Provenance.Entities;

/// <summary>Registers the entity annotator on a pipeline builder.</summary>
public static class EntityPipelineExtensions
{
    public static PipelineBuilder AddEntities(this PipelineBuilder builder, EntityAnnotatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new EntityAnnotator(options));
    }
}
