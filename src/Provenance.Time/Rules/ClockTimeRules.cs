using System.Globalization;
using Provenance.Core.Annotations;

namespace Provenance.Time.Rules;

/// <summary>
/// Clock times: "5:44 pm", "3 p.m.", "10:30 a.m.", "noon", "midnight", on the reference day (the TIME value
/// <c>2025-11-19T15:00</c>), or <c>XXXX-XX-XXT15:00</c> without one. Does not read time zones into the value.
/// </summary>
public static class ClockTimeRules
{
    public static IEnumerable<TimexRule> All => [ClockTime, NoonMidnight];

    /// <summary>"5:44 pm", "3 p.m.", "10:30 a.m. ET".</summary>
    public static TimexRule ClockTime { get; } = new("time.clock",
        @"(?<![\w:.])(?<h>1[0-2]|0?[1-9])(?::(?<min>[0-5][0-9]))?\s*(?<ap>[ap]\.m\.|[ap]m\b|[AP]M\b)(?:\s+(?:ET|EST|EDT|GMT|UTC|BST|CET|PT|PST|CT|local\s+time)\b)?",
        (m, c) =>
        {
            var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var pm = m.Groups["ap"].Value.StartsWith('p') || m.Groups["ap"].Value.StartsWith('P');
            hour = pm ? (hour % 12) + 12 : hour % 12;
            var minute = m.Groups["min"].Success ? m.Groups["min"].Value : "00";
            var day = c.Reference is { } r ? TimexValues.Day(r) : "XXXX-XX-XX";
            return new TimexReading(TimexType.Time, $"{day}T{hour:D2}:{minute}");
        });

    /// <summary>"noon", "midnight" (after "at", "by", "until" or "before", so "the midnight sun" is not one).</summary>
    public static TimexRule NoonMidnight { get; } = new("time.noon-midnight",
        @"(?<=\b(?:at|by|until|till|before|after|around|from|since)\s+)(?<span>noon|midday|midnight)\b",
        (m, c) =>
        {
            var day = c.Reference is { } r ? TimexValues.Day(r) : "XXXX-XX-XX";
            return new TimexReading(TimexType.Time, m.Groups["span"].Value.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? $"{day}T24:00" : $"{day}T12:00");
        },
        ignoreCase: true);
}
