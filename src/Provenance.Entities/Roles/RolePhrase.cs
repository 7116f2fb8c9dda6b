namespace Provenance.Entities.Roles;

/// <summary>
/// A role phrase found in the tokens: the words [First, End) that are shown, its <see cref="Head"/> noun, the
/// person it belongs to when a possessive names one (<see cref="Possessor"/>, rendered as "… of X"), and the
/// first token of the whole phrase including that possessive (<see cref="SpanFirst"/>).
/// </summary>
internal readonly record struct RolePhrase(int SpanFirst, int First, int End, int Head, MentionRef? Possessor, bool Plural, PhraseEnd Ending);
