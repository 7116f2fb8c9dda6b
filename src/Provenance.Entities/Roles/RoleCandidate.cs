namespace Provenance.Entities.Roles;

/// <summary>A role a rule found: the character span [Start, End) that states it, the person, the role and the rule.</summary>
internal readonly record struct RoleCandidate(int Start, int End, string Entity, string Role, string Rule);
