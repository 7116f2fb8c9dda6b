namespace Provenance.Entities.Roles;

/// <summary>How a role phrase ended: what came right after its last word.</summary>
internal enum PhraseEnd
{
    /// <summary>A comma, full stop, dash, bracket or similar mark.</summary>
    Closing,

    /// <summary>The end of the sentence (or of the range the caller allowed).</summary>
    Limit,

    /// <summary>"who", "which", "whose": a relative clause about the person follows.</summary>
    Relative,

    /// <summary>A preposition that starts an adjunct ("since 2019").</summary>
    Adjunct,

    /// <summary>"and" or "or" before more of the same ("a historian and prize winner"): the first part is read.</summary>
    Conjunction,

    /// <summary>Anything else: a verb, a conjunction, a word that does not fit.</summary>
    Other,
}
