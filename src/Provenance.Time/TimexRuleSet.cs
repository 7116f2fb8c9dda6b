using Provenance.Time.Rules;

namespace Provenance.Time;

/// <summary>
/// The default chain of rules, in priority order: when two rules find spans of the same length at the same
/// place, the earlier one wins (a rate "a week" is a SET before it is a duration). Longer spans always win
/// over shorter ones they overlap ("November 17, 2025" over "2025").
/// </summary>
public static class TimexRuleSet
{
    public static IReadOnlyList<TimexRule> Default { get; } =
    [
        .. AbsoluteDateRules.All,
        .. RelativeDateRules.All,
        .. SetRules.All,
        .. DurationRules.All,
        .. ReferenceWordRules.All,
        .. ClockTimeRules.All,
    ];

    /// <summary>The default chain with TimeBank's reference words (<see cref="TimexConvention.TimeBank"/>).</summary>
    public static IReadOnlyList<TimexRule> TimeBank { get; } =
    [
        .. AbsoluteDateRules.All,
        .. RelativeDateRules.All,
        .. SetRules.All,
        .. DurationRules.All,
        .. ReferenceWordRules.TimeBank,
        .. ClockTimeRules.All,
    ];

    /// <summary>The rule chain for <paramref name="convention"/>.</summary>
    public static IReadOnlyList<TimexRule> For(TimexConvention convention) =>
        convention == TimexConvention.TimeBank ? TimeBank : Default;
}
