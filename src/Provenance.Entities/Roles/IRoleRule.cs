namespace Provenance.Entities.Roles;

/// <summary>One construction that states what a person is. Rules are stateless and safe to share across threads.</summary>
internal interface IRoleRule
{
    /// <summary>The name each record it makes carries in <c>Rule</c>.</summary>
    string Name { get; }

    /// <summary>The roles this construction states in sentence <paramref name="sentence"/> of the document.</summary>
    IEnumerable<RoleCandidate> Find(RoleContext context, int sentence);
}
