using System.Text.RegularExpressions;

namespace Provenance.Time;

/// <summary>
/// A cheap necessary condition for a rule's pattern, so that the pattern runs only near the words it needs
/// instead of being tried at every letter of the text: every match contains a hit of <see cref="Pattern"/> (for
/// "three days", a unit word), at most <see cref="RunsBefore"/> separator runs after the match's start, and the
/// pattern, tried at any start, never looks at text spanning more than <see cref="RunsExamined"/> separator runs
/// (lookbehinds excepted: they always see the whole text). A separator run is a stretch of whitespace and dashes
/// (<c>-</c>, <c>–</c>, <c>—</c>). The bounds must hold for every path through the pattern, failing ones and
/// lookaheads included; count each <c>\s+</c>, <c>\s*</c>, <c>[- ]</c> or literal space as one run. With them
/// the rule's matches are exactly the pattern's matches over the whole text (see <see cref="TimexRule.Matches"/>).
/// The anchor pattern must use the same case options as the rule's pattern.
/// </summary>
public sealed class TimexAnchor
{
    public TimexAnchor(Regex pattern, int runsBefore, int runsExamined)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentOutOfRangeException.ThrowIfNegative(runsBefore);
        ArgumentOutOfRangeException.ThrowIfLessThan(runsExamined, runsBefore);
        Pattern = pattern;
        RunsBefore = runsBefore;
        RunsExamined = runsExamined;
    }

    /// <summary>A pattern every match of the rule contains a hit of (found at every position, overlapping hits included).</summary>
    public Regex Pattern { get; }

    /// <summary>Most separator runs between a match's start and its anchor hit.</summary>
    public int RunsBefore { get; }

    /// <summary>Most separator runs in the text the rule's pattern examines from one start position (lookaheads included).</summary>
    public int RunsExamined { get; }
}
