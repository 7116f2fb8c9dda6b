namespace Provenance.Quotes;

/// <summary>What a speaker phrase is, which decides how <see cref="SpeakerResolver"/> resolves it.</summary>
internal enum SpeakerPhraseKind
{
    /// <summary>A capitalised name ("Dmitriev", "the White House").</summary>
    Name,

    /// <summary>An anonymous descriptor kept as written ("a U.S. official", "sources").</summary>
    Descriptor,

    /// <summary>"he" or "she".</summary>
    PersonPronoun,

    /// <summary>"it", "they", "its", "their".</summary>
    OtherPronoun,

    /// <summary>A definite role that refers back to a named person ("the Russian envoy").</summary>
    RoleReference,

    /// <summary>A definite noun that refers back to an outlet ("the agency", "the outlet").</summary>
    OutletReference,
}
