using System.Text.Json.Serialization;

namespace Provenance.Core.Annotations;

public enum CitationKind
{
    /// <summary>An item of an inline parenthetical reference: "(Vedomosti, November 7)".</summary>
    [JsonStringEnumMemberName("parenthetical")] Parenthetical,

    /// <summary>A numbered endnote marker: "[1]", "look like.1".</summary>
    [JsonStringEnumMemberName("endnote")] Endnote,

    /// <summary>"according to X", "X reported", "citing X" where X is an outlet.</summary>
    [JsonStringEnumMemberName("attribution")] Attribution,

    /// <summary>A hyperlink from HTML input.</summary>
    [JsonStringEnumMemberName("link")] Hyperlink,
}

/// <summary>
/// One cited item (GUIDELINES.md, "citations"). <see cref="Date"/> is ISO (<c>2025-11-07</c>) or
/// underspecified (<c>XXXX-10-29</c>); <see cref="Confidence"/> is below 1 for garbled references.
/// <see cref="Rule"/> names the rule that produced the record.
/// </summary>
public sealed record Citation(
    int Start,
    int End,
    CitationKind Kind,
    string? Outlet,
    string? Date,
    string? Target = null,
    double Confidence = 1.0,
    string? Rule = null) : IAnnotation
{
    public int End { get; init; } = SpanGuard.End(Start, End);
}
