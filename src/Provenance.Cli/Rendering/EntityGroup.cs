using Provenance.Core;
using Provenance.Core.Annotations;

namespace Provenance.Cli.Rendering;

/// <summary>
/// One entity of a document: its canonical name and type, how often it is mentioned, the distinct spellings of
/// its mentions and the roles stated for it. <see cref="From"/> groups a document's entities and roles layers;
/// a role whose person has no mention (a byline name the tagger missed) becomes a PERSON group with no mentions.
/// </summary>
internal sealed record EntityGroup(string Name, EntityType Type, int Mentions, IReadOnlyList<string> Spellings, IReadOnlyList<string> Roles)
{
    /// <summary>The groups of <paramref name="document"/>, most mentioned first, then by name.</summary>
    public static IReadOnlyList<EntityGroup> From(Document document)
    {
        var groups = document.Get(Layers.Entities)
            .GroupBy(m => (m.Entity, m.Type))
            .Select(g => (g.Key.Entity, g.Key.Type, Count: g.Count(),
                Spellings: g.Select(document.TextOf).Distinct(StringComparer.Ordinal).Where(s => s != g.Key.Entity).ToList()))
            .ToList();
        var rolesByPerson = document.Get(Layers.Roles)
            .GroupBy(r => r.Entity, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Role).Distinct(StringComparer.OrdinalIgnoreCase).ToList(), StringComparer.OrdinalIgnoreCase);

        var result = groups
            .Select(g => new EntityGroup(g.Entity, g.Type, g.Count, g.Spellings,
                g.Type == EntityType.Person && rolesByPerson.TryGetValue(g.Entity, out var roles) ? roles : []))
            .ToList();
        var named = new HashSet<string>(groups.Where(g => g.Type == EntityType.Person).Select(g => g.Entity), StringComparer.OrdinalIgnoreCase);
        result.AddRange(rolesByPerson.Where(p => !named.Contains(p.Key)).Select(p => new EntityGroup(p.Key, EntityType.Person, 0, [], p.Value)));
        return result
            .OrderByDescending(g => g.Mentions)
            .ThenBy(g => g.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>The type as the guidelines write it: PERSON, ORG, GPE, LOC.</summary>
    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORG",
        EntityType.GeopoliticalEntity => "GPE",
        _ => "LOC",
    };
}
