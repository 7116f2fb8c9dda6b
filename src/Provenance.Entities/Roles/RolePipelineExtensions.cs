using Provenance.Pipeline;

namespace Provenance.Entities.Roles;

/// <summary>Registers the role annotator on a pipeline builder (after the entities, which it requires).</summary>
public static class RolePipelineExtensions
{
    public static PipelineBuilder AddRoles(this PipelineBuilder builder, RoleAnnotatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new RoleAnnotator(options));
    }
}
