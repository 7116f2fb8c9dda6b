using System.Text.RegularExpressions;
using System.Globalization;
using Provenance.Core.Annotations;

namespace Provenance.Time.Rules;

/// <summary>
/// Clock times: "5:44 pm", "3 p.m.", "10:30 a.m.", "noon", "midnight", "9 a.m. Tuesday", on the named or reference day (the TIME value
/// <c>2025-11-19T15:00</c>), or <c>XXXX-XX-XXT15:00</c> without one. Does not read time zones into the value.
/// </summary>
public static partial class ClockTimeRules
{
    public static IEnumerable<TimexRule> All => [ClockTimeWithDay, ClockTime, NoonMidnight];

    private const string Clock = @"(?:(?<h>1[0-2]|0?[1-9])(?::(?<min>[0-5][0-9]))?\s*(?<ap>[ap]\.m\.|[ap]m\b|[AP]M\b)(?:\s+(?:ET|EST|EDT|GMT|UTC|BST|CET|PT|PST|CT|local\s+time)\b)?|(?<noon>noon|midnight))";

    private const string DayWord = @"(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow)";

    /// <summary>"9 a.m. Tuesday", "noon Thursday", "Tuesday at 9 a.m.", "4 a.m. EDT Thursday", "5 p.m. EST, Nov. 9": a clock time on a named day.</summary>
    public static TimexRule ClockTimeWithDay { get; } = new("time.clock-with-day",
        ClockTimeWithDayPattern(),
        (m, c) =>
        {
            if (m.Groups["month"].Success)
            {
                // "5 p.m. EST Nov. 9": a clock time on a calendar day.
                if (!TimeLexicon.TryMonth(m.Groups["month"].Value, out var month))
                {
                    return null;
                }

                var dayOfMonth = int.Parse(m.Groups["d"].Value.TrimEnd('s', 't', 'n', 'd', 'r', 'h'), CultureInfo.InvariantCulture);
                if (c.Reference is not { } reference)
                {
                    return new TimexReading(TimexType.Time, $"XXXX-{month:D2}-{dayOfMonth:D2}T{ClockValue(m)}");
                }

                var year = TimexValues.YearForDay(reference, month, dayOfMonth, c.TenseAt(m.Index, m.Index + m.Length));
                return TimexValues.TryDate(year, month, dayOfMonth, out var calendarDay)
                    ? new TimexReading(TimexType.Time, $"{TimexValues.Day(calendarDay)}T{ClockValue(m)}", calendarDay)
                    : null;
            }

            var word = m.Groups["wd"].Value.ToLowerInvariant();
            DateOnly? day = c.Reference;
            if (c.Reference is { } r)
            {
                if (word is "yesterday" or "tomorrow")
                {
                    day = r.AddDays(word == "yesterday" ? -1 : 1);
                }
                else if (word != "today" && TimeLexicon.TryWeekday(word, out var isoDay))
                {
                    var tense = c.TenseAt(m.Index, m.Index + m.Length);
                    day = TimexValues.Weekday(r, isoDay, tense is Tense.Present ? Tense.Future : tense, 0);
                }
            }

            var date = day is { } d ? TimexValues.Day(d) : word is "today" or "yesterday" or "tomorrow" ? "XXXX-XX-XX" : $"XXXX-WXX-{(TimeLexicon.TryWeekday(word, out var w) ? w : 0)}";
            return new TimexReading(TimexType.Time, $"{date}T{ClockValue(m)}", day);
        })
    {
        // "Tuesday, at" before the clock (2 runs); the clock with "local time" (3), ", on Nov. 9" (3) and a peek.
        Anchor = new TimexAnchor(ClockAnchor(), 3, 9),
    };


    /// <summary>"5:44 pm", "3 p.m.", "10:30 a.m. ET".</summary>
    public static TimexRule ClockTime { get; } = new("time.clock",
        ClockTimePattern(),
        (m, c) =>
        {
            var day = c.Reference is { } r ? TimexValues.Day(r) : "XXXX-XX-XX";
            return new TimexReading(TimexType.Time, $"{day}T{ClockValue(m)}");
        });

    private static string ClockValue(System.Text.RegularExpressions.Match m)
    {
        if (m.Groups["noon"].Success)
        {
            return m.Groups["noon"].Value.Equals("noon", StringComparison.OrdinalIgnoreCase) ? "12:00" : "24:00";
        }

        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var pm = m.Groups["ap"].Value.StartsWith('p') || m.Groups["ap"].Value.StartsWith('P');
        hour = pm ? (hour % 12) + 12 : hour % 12;
        var minute = m.Groups["min"].Success ? m.Groups["min"].Value : "00";
        return $"{hour:D2}:{minute}";
    }

    /// <summary>"noon", "midnight" (after "at", "by", "until" or "before", so "the midnight sun" is not one).</summary>
    public static TimexRule NoonMidnight { get; } = new("time.noon-midnight",
        NoonMidnightPattern(),
        (m, c) =>
        {
            var day = c.Reference is { } r ? TimexValues.Day(r) : "XXXX-XX-XX";
            return new TimexReading(TimexType.Time, m.Groups["span"].Value.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? $"{day}T24:00" : $"{day}T12:00");
        });

    [GeneratedRegex($@"(?<![\w:.]){Clock},?\s+(?:on\s+)?(?-i:(?<month>{TimeLexicon.Month}))\s+(?<d>{TimeLexicon.Day})|(?<![\w:.]){Clock}\s+(?:on\s+)?{DayWord}\b|\b{DayWord},?\s+(?:at\s+)?{Clock}", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ClockTimeWithDayPattern();

    [GeneratedRegex(@"(?<![\w:.])(?<h>1[0-2]|0?[1-9])(?::(?<min>[0-5][0-9]))?\s*(?<ap>[ap]\.m\.|[ap]m\b|[AP]M\b)(?:\s+(?:ET|EST|EDT|GMT|UTC|BST|CET|PT|PST|CT|local\s+time)\b)?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ClockTimePattern();

    [GeneratedRegex(@"(?<=\b(?:at|by|until|till|before|after|around|from|since)\s+)(?<span>noon|midday|midnight)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex NoonMidnightPattern();

    /// <summary>The hour's last digit and its a.m./p.m., or "noon"/"midnight": what every clock time holds.</summary>
    [GeneratedRegex(@"[0-9](?::[0-5][0-9])?\s*[ap]\.?m|noon|midnight", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex ClockAnchor();
}
