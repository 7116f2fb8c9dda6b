namespace Provenance.Citations;

/// <summary>
/// Settings of <see cref="CitationAnnotator"/>. The defaults follow GUIDELINES.md ("citations"): inline
/// parenthetical items, endnote markers, "read more here (domain)" credits, bibliographic reference lines and
/// hyperlinks count; "according to X" / "X reported" do not, so <see cref="IncludeAttributions"/> is off.
/// </summary>
public sealed record CitationOptions
{
    public static CitationOptions Default { get; } = new();

    /// <summary>Also record "according to X", "X reported", "citing X" when X looks like an outlet.</summary>
    public bool IncludeAttributions { get; init; }

    /// <summary>Longest parenthetical (in characters) read as a reference list; longer ones are prose.</summary>
    public int MaxParentheticalLength { get; init; } = 300;

    /// <summary>Confidence given to a reference whose wording is garbled (missing comma, impossible day).</summary>
    public double GarbledConfidence { get; init; } = 0.4;
}
