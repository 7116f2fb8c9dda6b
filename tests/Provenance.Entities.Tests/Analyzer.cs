using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Entities;
using Provenance.Pipeline;
using Provenance.Segmentation;

namespace Provenance.Entities.Tests;

/// <summary>Runs segmentation and the entity annotator with the shipped model on a fixture text.</summary>
internal static class Analyzer
{
    private static readonly Lazy<AnnotationPipeline> Pipeline = new(() => new PipelineBuilder().AddSegmentation().AddEntities().Build());

    public static Document Analyze(string text) =>
        Pipeline.Value.Process(new Document("fixture", text));

    /// <summary>Each mention as "text|TYPE|entity".</summary>
    public static List<string> Mentions(string text)
    {
        var document = Analyze(text);
        return document.Get(Layers.Entities)
            .Select(m => $"{text[m.Start..m.End]}|{TypeName(m.Type)}|{m.Entity}")
            .ToList();
    }

    private static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORG",
        EntityType.GeopoliticalEntity => "GPE",
        _ => "LOC",
    };
}
