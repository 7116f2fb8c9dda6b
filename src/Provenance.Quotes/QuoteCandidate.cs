using Provenance.Core.Annotations;

namespace Provenance.Quotes;

/// <summary>
/// A statement found by a sieve, before its speaker is resolved. <see cref="CueStart"/> is where the cue
/// sits (for the outlet, which comes from the cue's sentence); <see cref="InheritFrom"/> links a continuation
/// (", saying ...") to the candidate whose speaker it shares.
/// </summary>
internal sealed class QuoteCandidate
{
    public required int Start { get; set; }

    public required int End { get; set; }

    public required QuoteKind Kind { get; set; }

    public required string Rule { get; init; }

    public string? Cue { get; init; }

    public int CueStart { get; init; }

    public SpeakerPhrase? Phrase { get; set; }

    public QuoteCandidate? InheritFrom { get; init; }

    /// <summary>An outlet named by the construction itself ("Axios reported, citing ..."), before the sentence scan.</summary>
    public string? Outlet { get; set; }

    /// <summary>The phrase of another statement this one's speaker was taken from (a quotation with no cue of its own).</summary>
    public SpeakerPhrase? BorrowedPhrase { get; set; }

    public string? Speaker { get; set; }

    public bool Anonymous { get; set; }
}
