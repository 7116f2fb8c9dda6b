using Provenance.Core.Annotations;

namespace Provenance.Entities.Roles;

/// <summary>An entity mention with the token range [First, End) it covers.</summary>
internal sealed record MentionRef(int First, int End, EntityMention Mention)
{
    public bool IsPerson => Mention.Type == EntityType.Person;

    public string Entity => Mention.Entity;
}
