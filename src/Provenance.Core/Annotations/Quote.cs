using System.Text.Json.Serialization;

namespace Provenance.Core.Annotations;

public enum QuoteKind
{
    /// <summary>Verbatim words inside quotation marks.</summary>
    [JsonStringEnumMemberName("direct")] Direct,

    /// <summary>Reported speech without quotation marks.</summary>
    [JsonStringEnumMemberName("indirect")] Indirect,

    /// <summary>Reported speech that embeds a quoted fragment.</summary>
    [JsonStringEnumMemberName("mixed")] Mixed,
}

/// <summary>
/// A reported statement (GUIDELINES.md, "quotes"). The span is the content only. <see cref="Speaker"/> is the
/// fullest name the document gives, or the descriptor of an unnamed source ("a U.S. official") with
/// <see cref="Anonymous"/> set. <see cref="Rule"/> names the rule or model that produced the record.
/// <see cref="SpeakerStart"/>/<see cref="SpeakerEnd"/> locate the words that name the speaker for this statement
/// ("he", "a U.S. official") and <see cref="CueStart"/>/<see cref="CueEnd"/> the cue, when the producer knows them
/// (UTF-16, <c>[Start, End)</c>, like every span); they are null otherwise.
/// </summary>
public sealed record Quote(
    int Start,
    int End,
    QuoteKind Kind,
    string? Speaker,
    bool Anonymous,
    string? Cue,
    string? Outlet,
    string? Rule = null,
    int? SpeakerStart = null,
    int? SpeakerEnd = null,
    int? CueStart = null,
    int? CueEnd = null) : IAnnotation
{
    public int End { get; init; } = SpanGuard.End(Start, End);
}
