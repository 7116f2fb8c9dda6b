using System.Globalization;

namespace Provenance.Time;

/// <summary>
/// Words the rules share: month, weekday and season names, number words and duration units, as regex
/// fragments and as lookups. English only.
/// </summary>
internal static class TimeLexicon
{
    /// <summary>Full and abbreviated month names, capitalised ("Nov.", "Sept", "November").</summary>
    public const string Month =
        @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])";

    /// <summary>Full month names only: a bare month without a day needs an unambiguous word.</summary>
    public const string FullMonth = @"(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![a-z])";

    public const string Day = @"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])";

    public const string Year = @"(?:1[6-9][0-9]{2}|20[0-9]{2})(?![0-9])";

    public const string Dash = @"\s?[-–—]\s?";

    public const string Weekday = @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z])";

    public const string ShortWeekday = @"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?(?![a-z])";

    public const string Season = @"(?:spring|summer|autumn|fall|winter)";

    /// <summary>Cardinal numbers in words or digits, "a"/"an", and "three and a half".</summary>
    public const string Number =
        @"(?:(?<![0-9,./])[0-9]{1,3}(?:\.[0-9]+|\s+1/2|½)?(?![0-9,/])|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)(?![a-z]))?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|a hundred|a dozen|dozen|a couple of|couple of|a few|few|several|many)(?:\s+and\s+a\s+half)?)";

    public const string Unit = @"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|quarters?)";

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["a hundred"] = 100,
        ["dozen"] = 12, ["a dozen"] = 12, ["a couple of"] = 2, ["couple of"] = 2,
    };

    /// <summary>The month (1–12) a name or abbreviation stands for.</summary>
    public static bool TryMonth(string word, out int month)
    {
        var key = word.TrimEnd('.').ToLowerInvariant();
        month = key.Length < 3 ? 0 : key[..3] switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
        };
        return month > 0;
    }

    /// <summary>ISO day of week (Monday = 1 … Sunday = 7) of a weekday name or abbreviation.</summary>
    public static bool TryWeekday(string word, out int isoDay)
    {
        var key = word.TrimEnd('.').ToLowerInvariant();
        isoDay = key.Length < 2 ? 0 : key[..2] switch
        {
            "mo" => 1, "tu" => 2, "we" => 3, "th" => 4, "fr" => 5, "sa" => 6, "su" => 7, _ => 0,
        };
        return isoDay > 0;
    }

    /// <summary>TIMEX3 season code: SP, SU, FA, WI.</summary>
    public static string SeasonCode(string word) => word.ToLowerInvariant() switch
    {
        "spring" => "SP",
        "summer" => "SU",
        "autumn" or "fall" => "FA",
        _ => "WI",
    };

    /// <summary>The last month of a season, to tell whether "last summer" means this year's or last year's.</summary>
    public static int SeasonEndMonth(string code) => code switch { "SP" => 5, "SU" => 8, "FA" => 11, _ => 2 };

    public static int SeasonStartMonth(string code) => code switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };

    /// <summary>
    /// The quantity a number phrase stands for: a decimal for exact numbers ("three and a half" → 3.5), or
    /// null for vague ones ("several", "a few", "many"), which become <c>X</c> in a TIMEX3 value.
    /// </summary>
    public static bool TryNumber(string phrase, out decimal? value)
    {
        value = null;
        var text = phrase.Trim().ToLowerInvariant();
        var half = false;
        if (text.EndsWith("1/2", StringComparison.Ordinal) && text.Length > 3 && text[^4] == ' ')
        {
            // "2 1/2 years".
            half = true;
            text = text[..^3].TrimEnd();
        }
        else if (text.EndsWith('½'))
        {
            half = true;
            text = text[..^1].TrimEnd();
        }
        else if (text.EndsWith("and a half", StringComparison.Ordinal))
        {
            half = true;
            text = text[..^"and a half".Length].TrimEnd();
        }

        if (text is "a few" or "few" or "several" or "many" or "some")
        {
            return true;
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var digits))
        {
            value = digits + (half ? 0.5m : 0m);
            return true;
        }

        if (!Numbers.TryGetValue(text, out var total))
        {
            // "twenty-four", "twenty four": the parts add up.
            foreach (var part in text.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Numbers.TryGetValue(part, out var n))
                {
                    return false;
                }

                total = n == 100 && total > 0 ? total * 100 : total + n;
            }
        }

        value = total + (half ? 0.5m : 0m);
        return total > 0 || half;
    }

    /// <summary>TIMEX3 duration letter(s) of a unit word, and whether it belongs after the <c>T</c>.</summary>
    public static (string Code, bool IsTime) UnitCode(string unit)
    {
        var u = unit.ToLowerInvariant();
        if (u.StartsWith("sec", StringComparison.Ordinal)) return ("S", true);
        if (u.StartsWith("min", StringComparison.Ordinal)) return ("M", true);
        if (u.StartsWith("hour", StringComparison.Ordinal)) return ("H", true);
        if (u.StartsWith("day", StringComparison.Ordinal)) return ("D", false);
        if (u.StartsWith("week", StringComparison.Ordinal)) return ("W", false);
        if (u.StartsWith("month", StringComparison.Ordinal)) return ("M", false);
        if (u.StartsWith("quarter", StringComparison.Ordinal)) return ("Q", false);
        if (u.StartsWith("decade", StringComparison.Ordinal)) return ("DE", false);
        if (u.StartsWith("centur", StringComparison.Ordinal)) return ("CE", false);
        return ("Y", false);
    }
}
