namespace Provenance.Entities.Roles;

/// <summary>Configures <see cref="RoleAnnotator"/>.</summary>
public sealed record RoleAnnotatorOptions
{
    public static RoleAnnotatorOptions Default { get; } = new();

    /// <summary>
    /// Merge roles of one person that say the same thing in other words ("President" beside "U.S. President");
    /// when false only roles with the same words are merged.
    /// </summary>
    public bool MergeSimilarRoles { get; init; } = true;

    /// <summary>Roles longer than this (in characters) are dropped: a phrase that long was misread.</summary>
    public int MaxRoleLength { get; init; } = 140;
}
