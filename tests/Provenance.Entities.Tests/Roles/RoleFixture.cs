using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Entities.Roles;
using Provenance.Pipeline;
using Provenance.Segmentation;

namespace Provenance.Entities.Tests.Roles;

/// <summary>
/// Runs segmentation, then sets the entities layer by hand (so that the role rules are tested apart from the
/// tagger), then the role annotator. A name is given as "Written" or "Written=Canonical", with an optional
/// "ORG:" / "GPE:" prefix (default PERSON); every occurrence of the written form becomes a mention.
/// </summary>
internal static class RoleFixture
{
    private static readonly Lazy<AnnotationPipeline> Segmentation = new(() => new PipelineBuilder().AddSegmentation().Build());

    public static Document Annotate(string text, params string[] names)
    {
        var document = Segmentation.Value.Process(new Document("role-fixture", text));
        var mentions = new List<EntityMention>();
        foreach (var spec in names)
        {
            var type = EntityType.Person;
            var name = spec;
            if (spec.StartsWith("ORG:", StringComparison.Ordinal))
            {
                type = EntityType.Organization;
                name = spec[4..];
            }
            else if (spec.StartsWith("GPE:", StringComparison.Ordinal))
            {
                type = EntityType.GeopoliticalEntity;
                name = spec[4..];
            }

            var parts = name.Split('=');
            var written = parts[0];
            var canonical = parts.Length > 1 ? parts[1] : written;
            for (var at = text.IndexOf(written, StringComparison.Ordinal); at >= 0; at = text.IndexOf(written, at + written.Length, StringComparison.Ordinal))
            {
                mentions.Add(new EntityMention(at, at + written.Length, type, canonical, "fixture"));
            }
        }

        return new RoleAnnotator().Annotate(document.With(Layers.Entities, mentions), CancellationToken.None);
    }

    /// <summary>Each role as "entity|role".</summary>
    public static List<string> Roles(string text, params string[] names) =>
        Annotate(text, names).Get(Layers.Roles).Select(r => $"{r.Entity}|{r.Role}").ToList();

    /// <summary>Each role as "entity|role|rule|span text".</summary>
    public static List<string> Records(string text, params string[] names)
    {
        var document = Annotate(text, names);
        return document.Get(Layers.Roles).Select(r => $"{r.Entity}|{r.Role}|{r.Rule}|{document.TextOf(r)}").ToList();
    }
}
