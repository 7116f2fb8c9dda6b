namespace Provenance.Time;

/// <summary>Settings of the <see cref="TimeAnnotator"/>.</summary>
public sealed record TimeOptions
{
    public static TimeOptions Default { get; } = new();

    /// <summary>
    /// When the document has no published date, use a full date the text states in its first lines (a dateline
    /// such as "January 25, 2025" or "June 23–30, 2025") as the reference date (GUIDELINES.md, timex).
    /// </summary>
    public bool UseDateline { get; init; } = true;

    /// <summary>How many characters from the start of the text count as the dateline area.</summary>
    public int DatelineWindow { get; init; } = 200;

    /// <summary>Which convention the default rules follow where TimeML corpora and our guidelines differ (reference adverbs).</summary>
    public TimexConvention Convention { get; init; } = TimexConvention.Guidelines;

    /// <summary>Relative expressions ("two days later", "the next day") count from the last full date the text mentioned.</summary>
    public bool FollowTextAnchor { get; init; } = true;
}
