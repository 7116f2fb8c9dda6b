using System.Globalization;

namespace Provenance.Time;

/// <summary>
/// Writes TIMEX3 values (ISO 8601 as TimeML uses it) and does the little calendar arithmetic the rules need,
/// with the BCL's <see cref="DateOnly"/> and <see cref="ISOWeek"/>. An unknown year is written <c>XXXX</c>.
/// </summary>
internal static class TimexValues
{
    public const string PresentRef = "PRESENT_REF";
    public const string PastRef = "PAST_REF";
    public const string FutureRef = "FUTURE_REF";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => $"{Year(year)}-{month:D2}";

    public static string Month(int? year, int month) => $"{Year(year)}-{month:D2}";

    public static string Year(int? year) => year is { } y ? y.ToString("D4", CultureInfo.InvariantCulture) : "XXXX";

    public static string Week(DateOnly day)
    {
        var dt = day.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}";
    }

    /// <summary>A duration such as <c>P3Y</c>, <c>P3.5Y</c>, <c>PT4H</c>, <c>PXY</c> (vague amount).</summary>
    public static string Duration(decimal? amount, string unitCode, bool isTime)
    {
        var number = amount is { } a ? a.ToString("0.##", CultureInfo.InvariantCulture) : "X";
        // Quarters keep their own unit (P2Q), as TimeBank writes them; decades are DE, centuries CE (GUIDELINES.md).

        return isTime ? $"PT{number}{unitCode}" : $"P{number}{unitCode}";
    }

    public static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>ISO day of week, Monday = 1 … Sunday = 7.</summary>
    public static int IsoDayOfWeek(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    /// <summary>
    /// The year of a month named without one ("in August"), seen from <paramref name="reference"/>: the
    /// reference year, unless the tense points the other way ("will … in February" said in November).
    /// </summary>
    public static int YearForMonth(DateOnly reference, int month, Tense tense)
    {
        // News names months of its own year far more often than of the next or last one; a verb's tense moves a
        // month that lies clearly on the other side of the reference ("sales fell in December", said in February).
        // Unless told in the past tense, a month well behind the reference month is next year's ("talks resume in
        // January", said in November).
        if ((tense == Tense.Future && month < reference.Month - 1) || (tense != Tense.Past && month < reference.Month - 4))
        {
            return reference.Year + 1;
        }

        return tense == Tense.Past && month > reference.Month + 1 ? reference.Year - 1 : reference.Year;
    }

    /// <summary>
    /// The year of a day named without one ("Nov. 17"): the reference year, moved only when the tense puts the
    /// date well on the other side of it ("was signed on December 28" in a January story).
    /// </summary>
    public static int YearForDay(DateOnly reference, int month, int day, Tense tense)
    {
        if (!TryDate(reference.Year, month, Math.Min(day, DateTime.DaysInMonth(reference.Year, month)), out var candidate))
        {
            return reference.Year;
        }

        var days = candidate.DayNumber - reference.DayNumber;
        if (days > 60 && tense == Tense.Past)
        {
            return reference.Year - 1;
        }

        if ((days < -60 && tense == Tense.Future) || (days < -130 && tense != Tense.Past))
        {
            return reference.Year + 1;
        }

        return reference.Year;
    }

    /// <summary>
    /// The day a weekday name means: the most recent such day (the reference day itself included) unless the
    /// tense is future, then the next one. <paramref name="shift"/> is −1 for "last Monday", +1 for "next Monday".
    /// </summary>
    public static DateOnly Weekday(DateOnly reference, int isoDay, Tense tense, int shift)
    {
        var today = IsoDayOfWeek(reference);
        if (shift > 0 || (shift == 0 && tense == Tense.Future))
        {
            var ahead = (isoDay - today + 7) % 7;
            if (shift > 0 && ahead == 0)
            {
                ahead = 7;
            }

            return reference.AddDays(ahead);
        }

        var back = (today - isoDay + 7) % 7;
        if (shift < 0 && back == 0)
        {
            back = 7;
        }

        return reference.AddDays(-back);
    }

    /// <summary>The year of the season meant by "last summer" / "this autumn" / "next spring".</summary>
    public static int SeasonYear(DateOnly reference, string code, int shift)
    {
        var start = SeasonStart(code);
        var end = TimeLexicon.SeasonEndMonth(code);
        var month = reference.Month;
        return shift switch
        {
            // The most recent season of that name that has ended (or is under way): summer seen from November is this year's.
            < 0 => code == "WI" ? (month >= 3 ? reference.Year - 1 : reference.Year - 2) : (month > end ? reference.Year : reference.Year - 1),
            > 0 => code == "WI" ? (month == 12 ? reference.Year + 1 : reference.Year) : (month < start ? reference.Year : reference.Year + 1),
            _ => code == "WI" && month <= 2 ? reference.Year - 1 : reference.Year,
        };
    }

    private static int SeasonStart(string code) => TimeLexicon.SeasonStartMonth(code);
}
