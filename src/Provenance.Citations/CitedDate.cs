using System.Globalization;
using System.Text.RegularExpressions;

namespace Provenance.Citations;

/// <summary>
/// A date as a reference writes it ("November 7", "7 Nov. 2025", "April 29, 2024", "2025-11-07", "2024").
/// <see cref="IsValid"/> is false for an impossible day ("September 36"): the reference is still recorded,
/// with a low confidence and no date. Does not read relative dates ("yesterday") or ranges.
/// </summary>
public readonly partial record struct CitedDate(int? Year, int? Month, int? Day, bool IsValid)
{
    /// <summary>Month names and their usual abbreviations, for the regular expressions of this project.</summary>
    internal const string MonthPattern =
        @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

    /// <summary>Reads <paramref name="text"/> when all of it is one date; false otherwise.</summary>
    public static bool TryParse(string text, out CitedDate date)
    {
        date = default;
        var s = text.Trim().TrimEnd('.');
        Match m;
        if ((m = MonthDay().Match(s)).Success || (m = DayMonth().Match(s)).Success)
        {
            date = Build(m.Groups["y"].Success ? m.Groups["y"].Value : null, MonthNumber(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
            return true;
        }

        if ((m = MonthYear().Match(s)).Success)
        {
            date = new CitedDate(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), MonthNumber(m.Groups["m"].Value), null, true);
            return true;
        }

        if ((m = IsoDate().Match(s)).Success)
        {
            date = Build(m.Groups["y"].Value, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
            return true;
        }

        if ((m = YearOnly().Match(s)).Success)
        {
            date = new CitedDate(int.Parse(s, CultureInfo.InvariantCulture), null, null, true);
            return true;
        }

        return false;
    }

    /// <summary>The month number of a name or abbreviation ("Sept" is 9); 0 when it is none.</summary>
    public static int MonthNumber(string name)
    {
        if (name.Length < 3)
        {
            return 0;
        }

        var prefix = name[..3].ToLowerInvariant();
        var index = Array.IndexOf(MonthPrefixes, prefix);
        return index + 1;
    }

    /// <summary>
    /// ISO form: <c>2025-11-07</c>; the year from <paramref name="fallbackYear"/> when the reference has none,
    /// else <c>XXXX-11-07</c>. Null when the date is invalid.
    /// </summary>
    public string? ToIso(int? fallbackYear)
    {
        if (!IsValid)
        {
            return null;
        }

        var year = (Year ?? fallbackYear)?.ToString("D4", CultureInfo.InvariantCulture) ?? "XXXX";
        return (Month, Day) switch
        {
            (null, _) => year,
            ({ } month, null) => $"{year}-{month:D2}",
            ({ } month, { } day) => $"{year}-{month:D2}-{day:D2}",
        };
    }

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static CitedDate Build(string? year, int month, int day)
    {
        int? y = year is null ? null : int.Parse(year, CultureInfo.InvariantCulture);
        // Without a year, February 29 is possible; check against a leap year.
        var valid = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(y ?? 2024, month);
        return new CitedDate(y, month, day, valid);
    }

    [GeneratedRegex(@"^(?<m>" + MonthPattern + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y>(?:1[89]|20)\d{2}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>" + MonthPattern + @")\.?(?:,?\s+(?<y>(?:1[89]|20)\d{2}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"^(?<m>" + MonthPattern + @")\.?,?\s+(?<y>(?:1[89]|20)\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?<y>(?:1[89]|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?:1[89]|20)\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearOnly();
}
