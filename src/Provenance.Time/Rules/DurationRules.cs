using System.Text.RegularExpressions;
using Provenance.Core.Annotations;
using static Provenance.Time.TimeLexicon;

namespace Provenance.Time.Rules;

/// <summary>
/// Amounts of time: "three days", "for the last 3 years" (span "the last 3 years"), "the past week", "the next
/// five years", "the coming years", "almost two decades", "more than two years", "three and a half years",
/// "a five-year plan", "decades", "many years". Values are TIMEX3 durations (<c>P3D</c>, <c>P3.5Y</c>,
/// <c>PT4H</c>, <c>PXY</c>). Not durations: ages ("50 years old", "a 28-year-old"), "a second" as an ordinal,
/// "quarters of the vote".
/// </summary>
public static partial class DurationRules
{
    public static IEnumerable<TimexRule> All => [WindowAroundNow, CountedAmount, VagueAmount, HalfUnit];

    /// <summary>"half an hour", "half a century", "a half-century", "a half day": half of a unit, written in the next smaller unit (<c>PT30M</c>, <c>P50Y</c>).</summary>
    public static TimexRule HalfUnit { get; } = new("duration.half",
        HalfUnitPattern(),
        (m, _) => new TimexReading(TimexType.Duration, m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "hour" => "PT30M",
            "day" => "PT12H",
            "year" => "P6M",
            "decade" => "P5Y",
            _ => "P50Y",
        }));

    /// <summary>
    /// "the past week", "the last 3 years", "the next five years", "the coming years", "the previous two months",
    /// "the first nine months"; "the last week", "the following year" (one period, no number) are DATEs.
    /// </summary>
    public static TimexRule WindowAroundNow { get; } = new("duration.window",
        WindowAroundNowPattern(),
        (m, c) =>
        {
            var unitWord = m.Groups["unit"].Value;
            var plural = unitWord.EndsWith('s');
            var mod = m.Groups["mod"].Value.ToLowerInvariant();
            var unitKey = unitWord.ToLowerInvariant();
            if (!m.Groups["n"].Success && unitKey is "week" or "month" or "year" && mod is "last" or "previous" or "prior" or "preceding" or "following" or "next")
            {
                // "the last week", "the following year": one calendar period (a DATE), unlike "the past week" (a duration).
                var shift = mod is "following" or "next" ? 1 : -1;
                var anchor = mod is "last" or "next" ? c.Reference : c.Anchor;
                return RelativeDateRules.PeriodValue(anchor, unitKey, shift);
            }

            decimal? amount = 1;
            if (m.Groups["n"].Success)
            {
                if (!TryNumber(m.Groups["n"].Value, out amount))
                {
                    return null;
                }
            }
            else if (plural)
            {
                amount = null;
            }
            else if (unitWord.Equals("day", StringComparison.OrdinalIgnoreCase) || unitWord.Equals("quarter", StringComparison.OrdinalIgnoreCase))
            {
                // "the next day" is a date (NeighbourDay); "the last quarter" a quarter.
                return null;
            }

            var (code, isTime) = UnitCode(unitWord);
            return new TimexReading(TimexType.Duration, TimexValues.Duration(amount, code, isTime));
        });

    /// <summary>"three days", "40 years", "almost two decades", "more than two years", "three straight years", "a five-year plan", "24 hours".</summary>
    public static TimexRule CountedAmount { get; } = new("duration.counted",
        CountedAmountPattern(),
        (m, c) =>
        {
            var numberText = m.Groups["n"].Value;
            var unitWord = m.Groups["unit"].Value.ToLowerInvariant();
            if (!TryNumber(numberText, out var amount))
            {
                return null;
            }

            var article = numberText.Equals("a", StringComparison.OrdinalIgnoreCase) || numberText.Equals("an", StringComparison.OrdinalIgnoreCase);
            if ((article && unitWord is "second") || (unitWord.StartsWith("quarter", StringComparison.Ordinal) && FollowedByOf(c.Text, m.Index + m.Length)))
            {
                // "a second round", "three quarters of the vote".
                return null;
            }

            if (m.Groups["half"].Success && amount is { } whole)
            {
                // "a minute and a half".
                amount = whole + 0.5m;
            }

            var (code, isTime) = UnitCode(unitWord);
            return new TimexReading(TimexType.Duration, TimexValues.Duration(amount, code, isTime));
        })
    {
        // Before the unit: "no more than" (3 runs), "a couple of and a half" (5), a separator, an adjective (1 each);
        // after it: "-long", "and a half", " of age" (6) and the final peek. One run to spare each way.
        Anchor = new TimexAnchor(SeparatedUnitAnchor(), 11, 19),
    };

    private static bool FollowedByOf(string text, int end) =>
        text.AsSpan(end).TrimStart().StartsWith("of ", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "for decades", "in years", "after decades", "years of exploitation", "many years", "several months", "recent years" (an amount, as TimeBank mostly reads it), "over the years", "the weeks ahead", "in coming months", "months ago", "weeks later": a
    /// vague amount (<c>PXY</c>, <c>PXDE</c>). A bare plural needs a preposition before it or "of" after it.
    /// </summary>
    public static TimexRule VagueAmount { get; } = new("duration.vague",
        VagueAmountPattern(),
        (m, _) =>
        {
            var (code, isTime) = UnitCode(m.Groups["unit"].Value);
            return new TimexReading(TimexType.Duration, TimexValues.Duration(null, code, isTime));
        })
    {
        // "the past few" or "in the coming" before the unit (3 runs), " ahead", " ago", " of" after it (1) and a peek.
        Anchor = new TimexAnchor(UnitAnchor(), 4, 6),
    };

    [GeneratedRegex($@"\bthe\s+(?:(?<mod>past|last|next|coming|previous|prior|following|first|final|preceding|remaining)\s+)(?:(?<n>{Number})\s+)?(?<unit>{Unit})\b(?![- ]old)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex WindowAroundNowPattern();

    [GeneratedRegex($@"\b(?:(?<mod>about|almost|nearly|more\s+than|less\s+than|fewer\s+than|over|under|some|roughly|around|approximately|at\s+least|up\s+to|just\s+over|just\s+under|only|barely|no\s+more\s+than)\s+)?(?<n>{Number})(?:\s+|-)(?:(?:straight|full|consecutive|long|whole|additional|more|further|extra)\s+)?(?<unit>{Unit})(?:[- ]long)?(?<half>\s+and\s+a\s+half)?\b(?![- ]olds?\b|\s+of\s+age\b)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex CountedAmountPattern();

    [GeneratedRegex(@"\b(?<q>many|several|a\s+few|few|countless|recent|long|the\s+past\s+few|the\s+last\s+few)\s+(?<unit>years|decades|months|weeks|centuries|days|hours)\b|\b(?<unit>years|decades|months|weeks|centuries|days|hours)\b(?<=\b(?:for|in|after|over|within|from|of|through|throughout|but|spanning)\s+\w+)|\b(?<unit>years|decades|centuries)(?=\s+of\b)|\bthe\s+(?<unit>years|decades|centuries)\b(?<=\b(?:over|through|throughout|during|across|in)\s+the\s+\w+)|\bthe\s+(?<unit>days|weeks|months|years)\s+ahead\b|(?<!\bthe\s+)\b(?:in\s+)?(?:the\s+)?coming\s+(?<unit>days|weeks|months|years)\b|\b(?<unit>minutes|hours|days|weeks|months|years|decades)\s+(?:ago|later|earlier)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex VagueAmountPattern();

    [GeneratedRegex(@"\b(?:half\s+an?\s+(?<unit>hour|day|year|decade|century)|a\s+half[- ](?<unit>hour|day|year|decade|century))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex HalfUnitPattern();

    /// <summary>Where a unit word can start ("years", "a century"): the anchor of the counted and vague amounts.</summary>
    [GeneratedRegex("second|minute|hour|day|week|month|year|decade|centur|quarter", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex UnitAnchor();

    /// <summary>A unit word after a separator, as a counted amount always has it ("three days", "a five-year plan"); not "today".</summary>
    [GeneratedRegex(@"(?<=[\s-])(?:second|minute|hour|day|week|month|year|decade|centur|quarter)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex SeparatedUnitAnchor();
}
