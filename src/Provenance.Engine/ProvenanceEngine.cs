using Provenance.Citations;
using Provenance.Entities;
using Provenance.Entities.Roles;
using Provenance.Pipeline;
using Provenance.Quotes;
using Provenance.Segmentation;
using Provenance.Time;
using Provenance.Voice;

namespace Provenance.Engine;

/// <summary>
/// Builds the default analysis pipeline. The command line and (later) the HTTP API both call this, so
/// they run the same annotators. Each capability registers itself through an <c>Add…</c> extension.
/// </summary>
public static class ProvenanceEngine
{
    public static AnnotationPipeline CreatePipeline() => CreateBuilder().Build();

    /// <summary>The default builder, for callers that add or wrap annotators before building.</summary>
    public static PipelineBuilder CreateBuilder() => new PipelineBuilder()
        .AddSegmentation()
        .AddEntities()
        .AddRoles()
        .AddVoice()
        .AddCitations()
        .AddTime()
        .AddQuotes();
}
