using System.Text.RegularExpressions;
using Provenance.Core.Annotations;
using static Provenance.Time.TimeLexicon;

namespace Provenance.Time.Rules;

/// <summary>
/// Recurring times (TIMEX3 SET): "every week", "each year", "every Monday", "daily", "weekly", and a rate after
/// an amount ("7,000 people a week", "twice a year", span "a week"). Does not read frequencies ("three times").
/// </summary>
public static partial class SetRules
{
    public static IEnumerable<TimexRule> All => [EveryPeriod, RatePerPeriod, FrequencyAdverb];

    /// <summary>"every week", "each year", "every other day", "every Monday", "per month".</summary>
    public static TimexRule EveryPeriod { get; } = new("set.every",
        EveryPeriodPattern(),
        (m, _) =>
        {
            if (m.Groups["wd"].Success)
            {
                return TryWeekday(m.Groups["wd"].Value, out var isoDay) ? new TimexReading(TimexType.Set, $"XXXX-WXX-{isoDay}") : null;
            }

            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            decimal count = m.Groups["other"].Success ? 2 : 1;
            if (m.Groups["n"].Success && TryNumber(m.Groups["n"].Value, out var n) && n is { } value)
            {
                count = value;
            }

            return unit switch
            {
                "night" => new TimexReading(TimexType.Set, "XXXX-XX-XXTNI"),
                "morning" => new TimexReading(TimexType.Set, "XXXX-XX-XXTMO"),
                "evening" => new TimexReading(TimexType.Set, "XXXX-XX-XXTEV"),
                "weekend" => new TimexReading(TimexType.Set, "XXXX-WXX-WE"),
                _ => new TimexReading(TimexType.Set, TimexValues.Duration(count, UnitCode(unit).Code, UnitCode(unit).IsTime)),
            };
        });

    /// <summary>"7,000 people a week", "twice a year", "$5 a day": "a/an + unit" after an amount or a frequency word.</summary>
    public static TimexRule RatePerPeriod { get; } = new("set.rate",
        RatePerPeriodPattern(),
        (m, _) =>
        {
            var (code, isTime) = UnitCode(m.Groups["unit"].Value);
            return new TimexReading(TimexType.Set, TimexValues.Duration(1, code, isTime));
        });

    /// <summary>"daily", "weekly", "monthly", "annually", "yearly", "hourly" (lower case, so "Daily Mail" is not one).</summary>
    public static TimexRule FrequencyAdverb { get; } = new("set.adverb",
        FrequencyAdverbPattern(),
        (m, _) => new TimexReading(TimexType.Set, m.Groups["w"].Value switch
        {
            "daily" => "P1D",
            "nightly" => "XXXX-XX-XXTNI",
            "weekly" => "P1W",
            "monthly" => "P1M",
            "hourly" => "PT1H",
            _ => "P1Y",
        }));

    [GeneratedRegex($@"\b(?<every>every|each|per)\s+(?:(?<other>other)\s+)?(?:(?<n>two|three|four|five|six|[2-9]|1[0-9])\s+)?(?:(?<unit>second|minute|hour|day|night|morning|evening|week|weekend|month|year|quarter|decade)s?|(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b(?!\s+of\b)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex EveryPeriodPattern();

    [GeneratedRegex(@"\b(?=an?\s)(?<=(?:\b(?:once|twice|thrice|times)|[0-9][0-9,.]*(?:\s*(?:%|percent|million|billion|thousand))?(?:\s+[A-Za-z’'-]+){0,3})\s+)(?<span>an?\s+(?<unit>hour|day|week|month|year))\b(?!\s+(?:ago|later|earlier|before|after|from|old)\b|[- ]old)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex RatePerPeriodPattern();

    [GeneratedRegex(@"\b(?<w>daily|weekly|monthly|annually|yearly|hourly|nightly)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex FrequencyAdverbPattern();
}
