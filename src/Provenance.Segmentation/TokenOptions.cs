namespace Provenance.Segmentation;

/// <summary>Settings of <see cref="TokenAnnotator"/>.</summary>
public sealed record TokenOptions
{
    public static TokenOptions Default { get; } = new();

    /// <summary>
    /// Abbreviations that keep their period ("U.S.", "Oct."). Give the sentence splitter the same list
    /// (<see cref="SentenceOptions.Abbreviations"/>).
    /// </summary>
    public Abbreviations Abbreviations { get; init; } = Abbreviations.Default;

    /// <summary>
    /// When true (the default) a range of numbers joined by a hyphen is three tokens, "24" "-" "26", like a
    /// range written with an en dash, so each end is a number a date or quantity rule can read. When false it
    /// is one <c>Number</c> token "24-26".
    /// </summary>
    public bool SplitNumberRanges { get; init; } = true;
}
