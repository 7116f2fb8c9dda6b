using System.Text.Json.Serialization;

namespace Provenance.Core.Annotations;

public enum EntityType
{
    [JsonStringEnumMemberName("PERSON")] Person,
    [JsonStringEnumMemberName("ORG")] Organization,

    /// <summary>Countries, cities and regions with a government.</summary>
    [JsonStringEnumMemberName("GPE")] GeopoliticalEntity,

    /// <summary>Other places (Europe, the Black Sea).</summary>
    [JsonStringEnumMemberName("LOC")] Location,
}

/// <summary>
/// A mention of a named entity: the name alone, without titles or a possessive "'s".
/// <see cref="Entity"/> is the canonical name shared by all mentions of one entity.
/// </summary>
public sealed record EntityMention(int Start, int End, EntityType Type, string Entity, string? Rule = null) : IAnnotation
{
    public int End { get; init; } = SpanGuard.End(Start, End);
}
