using System.Globalization;
using System.Text.RegularExpressions;
using Provenance.Core.Annotations;
using static Provenance.Time.TimeLexicon;

namespace Provenance.Time.Rules;

/// <summary>
/// Dates written with a calendar name or number: "2025-11-17", "11/02/89", "November 17, 2025", "Nov. 17",
/// "17 November", "Oct. 24-26", "December, 2021", "November 1917–June 1923", "2028-29", "2029", "the 1990s",
/// "Summer 2025", "the third quarter", "mid-November", "early 2026", "the end of the year", "in August".
/// A day or month without a year takes the reference year (moved by tense when the date is far on the wrong
/// side of it) or stays <c>XXXX</c> when there is no reference date. Does not handle dates in other
/// languages, day-first numeric dates ("17/11/2025") or Roman-numeral months.
/// </summary>
public static partial class AbsoluteDateRules
{
    private const string PartOfDayTime = @"(?:,?\s+(?:at\s+)?(?<hour>[01]?[0-9]|2[0-3]):(?<minute>[0-5][0-9])(?:\s*(?<ampm>[ap]\.?m\.?|[AP]M))?)";

    public static IEnumerable<TimexRule> All =>
    [
        IsoDate, NumericUsDate, MonthDayRange, MonthDay, DayMonth, MonthYearRange, MonthYear, YearRange,
        SeasonOfYear, QuarterOfYear, PartOfPeriod, Decade, BareYear, BareMonth, SpelledYear,
    ];

    /// <summary>"2025-11-17", "2025-11-17T14:30": ISO dates as written. Not "2025-11" (too often a range of numbers).</summary>
    public static TimexRule IsoDate { get; } = new("date.iso",
        IsoDatePattern(),
        (m, _) => TimexValues.TryDate(Int(m, "y"), Int(m, "m"), Int(m, "d"), out var day)
            ? m.Groups["hour"].Success
                ? new TimexReading(TimexType.Time, $"{TimexValues.Day(day)}T{m.Groups["hour"].Value}:{m.Groups["minute"].Value}", day)
                : new TimexReading(TimexType.Date, TimexValues.Day(day), day)
            : null);

    /// <summary>"11/02/89", "3/14/2013": month first, as US news writes it. Two-digit years are 19xx above 30, else 20xx.</summary>
    public static TimexRule NumericUsDate { get; } = new("date.numeric-us",
        NumericUsDatePattern(),
        (m, _) =>
        {
            var year = Int(m, "y");
            if (m.Groups["y"].Value.Length == 2)
            {
                year += year > 30 ? 1900 : 2000;
            }

            return TimexValues.TryDate(year, Int(m, "m"), Int(m, "d"), out var day) ? new TimexReading(TimexType.Date, TimexValues.Day(day), day) : null;
        });

    /// <summary>"Oct. 24-26", "July 11–18", "June 23–30, 2025", "Oct. 30–Nov. 2": a range of days written as one expression.</summary>
    public static TimexRule MonthDayRange { get; } = new("date.month-day-range",
        MonthDayRangePattern(),
        (m, c) =>
        {
            if (!TryMonth(m.Groups["month"].Value, out var month1))
            {
                return null;
            }

            var month2 = month1;
            if (m.Groups["month2"].Success && !TryMonth(m.Groups["month2"].Value, out month2))
            {
                return null;
            }

            var d1 = Int(m, "d1");
            var d2 = Int(m, "d2");
            if (month2 == month1 && d2 <= d1)
            {
                return null;
            }

            int? year = m.Groups["y"].Success ? Int(m, "y") : c.Reference is { } r ? TimexValues.YearForDay(r, month1, d1, c.TenseAt(m.Index, m.Index + m.Length)) : null;
            if (year is not { } y)
            {
                return new TimexReading(TimexType.Date, $"XXXX-{month1:D2}-{d1:D2}/XXXX-{month2:D2}-{d2:D2}");
            }

            var y2 = month2 < month1 ? y + 1 : y;
            return TimexValues.TryDate(y, month1, d1, out var start) && TimexValues.TryDate(y2, month2, d2, out var end)
                ? new TimexReading(TimexType.Date, $"{TimexValues.Day(start)}/{TimexValues.Day(end)}", end)
                : null;
        });

    /// <summary>
    /// "November 17, 2025", "Nov. 17", "Sept. 30", "Fri Jul 14, 2017 5:44 pm" (a forum timestamp is a TIME),
    /// "Monday, Nov. 17": a month name and a day, with an optional weekday before and year and clock time after.
    /// </summary>
    public static TimexRule MonthDay { get; } = new("date.month-day",
        MonthDayPattern(),
        (m, c) => ReadDay(m, c));

    /// <summary>"17 November", "22 September 2025", "1st of May": day before month, as British and Ukrainian outlets write.</summary>
    public static TimexRule DayMonth { get; } = new("date.day-month",
        DayMonthPattern(),
        (m, c) => ReadDay(m, c));

    /// <summary>"November 1917–June 1923": a range of months, each with its year.</summary>
    public static TimexRule MonthYearRange { get; } = new("date.month-year-range",
        MonthYearRangePattern(),
        (m, _) => TryMonth(m.Groups["month"].Value, out var m1) && TryMonth(m.Groups["month2"].Value, out var m2)
            ? new TimexReading(TimexType.Date, $"{TimexValues.Month(Int(m, "y"), m1)}/{TimexValues.Month(Int(m, "y2"), m2)}")
            : null);

    /// <summary>
    /// "December, 2021", "July 1997", "late June 2017", "mid-March 2024", "June last year", "January this year":
    /// a month of a stated year.
    /// </summary>
    public static TimexRule MonthYear { get; } = new("date.month-year",
        MonthYearPattern(),
        (m, c) =>
        {
            if (!TryMonth(m.Groups["month"].Value, out var month))
            {
                return null;
            }

            int? year = m.Groups["y"].Success ? Int(m, "y")
                : c.Reference?.Year + m.Groups["rel"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
            return new TimexReading(TimexType.Date, TimexValues.Month(year, month));
        })
    {
        // "early" before the month (1 run), ", of this year" after it (3) and a peek.
        Anchor = new TimexAnchor(MonthAnchor(), 2, 7),
    };

    /// <summary>"2028-29" → <c>2028/2029</c>, "2014–2022": a range of years written as one expression.</summary>
    public static TimexRule YearRange { get; } = new("date.year-range",
        YearRangePattern(),
        (m, _) =>
        {
            var first = Int(m, "y");
            var second = Int(m, "y2");
            if (m.Groups["y2"].Value.Length == 2)
            {
                second += first / 100 * 100;
            }

            return second > first && second - first < 100
                ? new TimexReading(TimexType.Date, $"{first:D4}/{second:D4}")
                : null;
        });

    /// <summary>"Summer 2025", "the autumn of 2005", "winter 2022-23" (the first year): a season of a stated year.</summary>
    public static TimexRule SeasonOfYear { get; } = new("date.season-of-year",
        SeasonOfYearPattern(),
        (m, _) => new TimexReading(TimexType.Date, $"{Int(m, "y"):D4}-{SeasonCode(m.Groups["season"].Value)}"))
    {
        // "the early" before the season (2 runs), "of 2005" after it (2) and a peek.
        Anchor = new TimexAnchor(SeasonAnchor(), 3, 7),
    };

    /// <summary>
    /// "the third quarter", "third-quarter", "the fourth quarter of 2024", "the 1988 third quarter", "the year-earlier
    /// second quarter", "next year's first quarter", "Q3", "Q3 2025", "the first half of 2025": a quarter or half
    /// year. Without a year it is the reference year's, or last year's when told in the past tense of a quarter that
    /// has not begun yet ("the fourth quarter" in a February earnings story); "the last quarter" alone is the one
    /// before the reference date's.
    /// </summary>
    public static TimexRule QuarterOfYear { get; } = new("date.quarter",
        QuarterOfYearPattern(),
        (m, c) =>
        {
            char part;
            int index;
            if (m.Groups["q"].Success)
            {
                part = char.ToUpperInvariant(m.Groups["q"].Value[0]);
                index = m.Groups["q"].Value[1] - '0';
            }
            else
            {
                var nth = m.Groups["nth"].Value.ToLowerInvariant();
                index = nth switch { "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, _ => 4 };
                part = m.Groups["part"].Value.Equals("half", StringComparison.OrdinalIgnoreCase) ? 'H' : 'Q';
                if (part == 'H' && index > 2)
                {
                    index = 2;
                }

                if (nth is "last" or "final" && !m.Groups["y"].Success && !m.Groups["this"].Success && !m.Groups["pre"].Success && part == 'Q' && c.Reference is { } last)
                {
                    // "the last quarter" in a report: the quarter just ended.
                    var before = FiscalPeriod.QuarterBefore(last);
                    return new TimexReading(TimexType.Date, before.ToString(), Period: before);
                }
            }

            int? year = m.Groups["y"].Success ? Int(m, "y") : c.Reference?.Year;
            if (m.Groups["this"].Success && year is { } ry)
            {
                year = ry + m.Groups["this"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
            }
            else if (!m.Groups["y"].Success && c.Reference is { } r && part == 'Q' && index > (r.Month - 1) / 3 + 1 && c.TenseAt(m.Index, m.Index + m.Length) == Tense.Past)
            {
                year = r.Year - 1;
            }

            if (m.Groups["pre"].Success)
            {
                year -= 1;
            }

            var period = new FiscalPeriod(year, part, index);
            return new TimexReading(TimexType.Date, period.ToString(), Period: period);
        })
    {
        // "the comparable year-ago first-" before "quarter" (5 runs); "of next year" and "of the" after it (5) and a peek.
        Anchor = new TimexAnchor(QuarterAnchor(), 6, 13),
    };

    /// <summary>
    /// "mid-November", "early 2026", "late March", "the end of October", "the end of the year", "the end of this
    /// year", "the beginning of next month": a part of a month or year; the value is the whole month or year
    /// (TIMEX3 puts the part in <c>mod</c>, which the Timex record does not carry).
    /// </summary>
    public static TimexRule PartOfPeriod { get; } = new("date.part-of-period",
        PartOfPeriodPattern(),
        (m, c) =>
        {
            var text = m.Value;
            var tense = c.TenseAt(m.Index, m.Index + m.Length);
            if (m.Groups["y"].Success)
            {
                var y = Int(m, "y");
                var half = text.Contains("first half", StringComparison.OrdinalIgnoreCase) ? "-H1"
                    : text.Contains("second half", StringComparison.OrdinalIgnoreCase) ? "-H2" : "";
                return new TimexReading(TimexType.Date, $"{y:D4}{half}");
            }

            if (m.Groups["month"].Success)
            {
                if (!TryMonth(m.Groups["month"].Value, out var month))
                {
                    return null;
                }

                int? year = c.Reference is { } r ? TimexValues.YearForMonth(r, month, tense) : null;
                return new TimexReading(TimexType.Date, TimexValues.Month(year, month));
            }

            var rel = m.Groups["rel"].Value.ToLowerInvariant();
            var shift = rel switch { "next" or "the coming" => 1, "last" => -1, _ => 0 };
            return RelativeDateRules.PeriodValue(c.Reference, m.Groups["unit"].Value.ToLowerInvariant(), shift);
        });

    /// <summary>"the 1990s", "the early 2000s", "the '90s": a decade, <c>199X</c> as GUIDELINES.md and most of TempEval-3's training data write it (TimeBank also has <c>199</c>).</summary>
    public static TimexRule Decade { get; } = new("date.decade",
        DecadePattern(),
        (m, c) =>
        {
            if (m.Groups["c"].Success)
            {
                return new TimexReading(TimexType.Date, $"{m.Groups["c"].Value}{m.Groups["d"].Value}X");
            }

            var d = Int(m, "d2");
            var century = d >= 3 ? "19" : "20";
            return new TimexReading(TimexType.Date, $"{century}{d}X");
        })
    {
        // "the early" before the digits (2 runs) and a peek after them.
        Anchor = new TimexAnchor(DecadeAnchor(), 3, 5),
    };

    /// <summary>
    /// "2029", "by 2029", "as early as 2028", "fiscal 1989", "© 2025": a bare year between 1800 and 2099. Not a year:
    /// a number with a currency sign, a thousands separator or a unit after it ("2000 troops", "1500 km"), or part
    /// of a path, code or longer number.
    /// </summary>
    public static TimexRule BareYear { get; } = new("date.year",
        BareYearPattern(),
        (m, _) => new TimexReading(TimexType.Date, m.Groups["y"].Value));

    /// <summary>
    /// "in August", "In September,", "since March", "last November" is relative (see <see cref="RelativeDateRules"/>):
    /// a full month name after a preposition. The year comes from the reference date and the tense.
    /// </summary>
    public static TimexRule BareMonth { get; } = new("date.month",
        BareMonthPattern(),
        (m, c) =>
        {
            var span = m.Groups["span"];
            if (!TryMonth(span.Value, out var month))
            {
                return null;
            }

            int? year = c.Reference is { } r ? TimexValues.YearForMonth(r, month, c.TenseAt(span.Index, span.Index + span.Length)) : null;
            return new TimexReading(TimexType.Date, TimexValues.Month(year, month));
        });

    /// <summary>
    /// "in nineteen ninety-six", "January nineteen ninety-seven", "the year two thousand", "since two thousand
    /// and one": a year in words, as transcripts write it. Needs a month, "the year" or a preposition before it, so
    /// "nineteen twenty" as a count is left alone.
    /// </summary>
    public static TimexRule SpelledYear { get; } = new("date.spelled-year",
        SpelledYearPattern(),
        (m, c) =>
        {
            // The cue before a bare spelled year is checked here rather than in the pattern: a lookbehind that
            // opens a pattern is tried at every position of the text.
            if (!m.Groups["month"].Success && !m.Groups["the"].Success && !PrepositionBefore().IsMatch(c.Text.AsSpan(Math.Max(0, m.Index - 12), Math.Min(12, m.Index))))
            {
                return null;
            }

            var year = SpelledYearValue(m.Groups["sp"].Value);
            if (year is not { } y)
            {
                return null;
            }

            return m.Groups["month"].Success && TryMonth(m.Groups["month"].Value, out var month)
                ? new TimexReading(TimexType.Date, TimexValues.Month(y, month))
                : new TimexReading(TimexType.Date, TimexValues.Year(y));
        })
    {
        // "the year" before the words (2 runs); "two thousand and twenty-one" (4) and the final peek after them.
        Anchor = new TimexAnchor(SpelledYearAnchor(), 3, 9),
    };

    /// <summary>The year "nineteen ninety-six", "two thousand and one", "nineteen oh five" stand for.</summary>
    private static int? SpelledYearValue(string words)
    {
        var parts = words.ToLowerInvariant().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not "and" and not "oh").ToArray();
        if (parts.Length >= 2 && parts[0] == "two" && parts[1] == "thousand")
        {
            var rest = parts.Length > 2 && TryNumber(string.Join(' ', parts[2..]), out var r) && r is { } rv ? (int)rv : 0;
            return 2000 + rest;
        }

        if (parts.Length < 2 || !TryNumber(parts[0], out var century) || century is not (19 or 20))
        {
            return null;
        }

        if (parts[1] == "hundred")
        {
            return (int)century.Value * 100;
        }

        return TryNumber(string.Join(' ', parts[1..]), out var tail) && tail is { } t && t < 100 ? (int)century.Value * 100 + (int)t : null;
    }

    private static TimexReading? ReadDay(Match m, TimexContext c)
    {
        if (!TryMonth(m.Groups["month"].Value, out var month))
        {
            return null;
        }

        var d = Int(m, "d");
        int? year = m.Groups["y"].Success ? Int(m, "y")
            : c.Reference is { } r ? TimexValues.YearForDay(r, month, d, c.TenseAt(m.Index, m.Index + m.Length)) : null;
        string date;
        DateOnly? day = null;
        if (year is { } y)
        {
            if (!TimexValues.TryDate(y, month, d, out var parsed))
            {
                return null;
            }

            day = parsed;
            date = TimexValues.Day(parsed);
        }
        else
        {
            if (d > DateTime.DaysInMonth(2024, month))
            {
                return null;
            }

            date = $"XXXX-{month:D2}-{d:D2}";
        }

        if (m.Groups["hour"].Success)
        {
            var hour = Int(m, "hour");
            var ampm = m.Groups["ampm"].Value.ToLowerInvariant();
            if (ampm.StartsWith('p') && hour < 12)
            {
                hour += 12;
            }
            else if (ampm.StartsWith('a') && hour == 12)
            {
                hour = 0;
            }

            return new TimexReading(TimexType.Time, $"{date}T{hour:D2}:{m.Groups["minute"].Value}", day);
        }

        return new TimexReading(TimexType.Date, date, day);
    }

    private static int Int(Match m, string group) =>
        int.Parse(new string(m.Groups[group].Value.Where(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\w/.-])(?<y>[12][0-9]{3})-(?<m>[01][0-9])-(?<d>[0-3][0-9])(?:T(?<hour>[0-2][0-9]):(?<minute>[0-5][0-9]))?(?![\w/-])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex IsoDatePattern();

    [GeneratedRegex(@"(?<![\w/.-])(?<m>1[0-2]|0?[1-9])/(?<d>3[01]|[12][0-9]|0?[1-9])/(?<y>[0-9]{4}|[0-9]{2})(?![\w/-])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex NumericUsDatePattern();

    [GeneratedRegex($@"(?<month>{Month})\s+(?<d1>{Day}){Dash}(?:(?<month2>{Month})\s+)?(?<d2>{Day})(?:,?\s+(?<y>{Year}))?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex MonthDayRangePattern();

    [GeneratedRegex($@"(?:(?<weekday>{Weekday}|{ShortWeekday}),?\s+)?(?<month>{Month})\s+(?<d>{Day})(?![-–—]?[0-9])(?:,?\s+(?<y>{Year}))?{PartOfDayTime}?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex MonthDayPattern();

    [GeneratedRegex($@"(?<![0-9][.,]?\s?)(?<weekday>(?:{Weekday}),?\s+)?(?<d>{Day})(?:\s+of)?\s+(?<month>{Month})(?:,?\s+(?<y>{Year}))?{PartOfDayTime}?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex DayMonthPattern();

    [GeneratedRegex($@"(?<month>{Month}),?\s+(?<y>{Year}){Dash}(?<month2>{Month}),?\s+(?<y2>{Year})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex MonthYearRangePattern();

    [GeneratedRegex($@"(?:(?i:early|late|mid)[- ]?)?(?<month>{Month}),?\s+(?:(?:of\s+)?(?<y>{Year})|(?:of\s+)?(?<rel>(?i:this|last|next))\s+(?i:year))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex MonthYearPattern();

    [GeneratedRegex($@"(?<![\w$€£/.,-])(?<y>{Year})[-–—](?<y2>[0-9]{{4}}|[0-9]{{2}})(?![\w/%-])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex YearRangePattern();

    [GeneratedRegex($@"(?:the\s+(?=(?:(?:early|late|mid)[- ]?)?{Season}\s+of\s))?(?:(?:early|late|mid)[- ]?)?(?<season>{Season})\s+(?:of\s+)?(?<y>{Year})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex SeasonOfYearPattern();

    [GeneratedRegex($@"(?:(?:the\s+)?(?:(?<pre>year-earlier|year-ago|comparable\s+year-ago|year-before|prior-year|previous-year)\s+|(?<y>{Year})\s+|(?<this>this|last|next)\s+year['’]s\s+)?(?<nth>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ](?<part>quarter|half)(?:\s+of\s+(?:(?<y>{Year})|(?<this>this|last|next)\s+year)|\s+(?<y>{Year}))?|(?<![\w-])(?<q>(?-i:Q[1-4]|H[12]))(?:\s+(?<y>{Year}))?(?![\w-]))(?!\s+of\s+(?:the|a|an|all|its|their)\b)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex QuarterOfYearPattern();

    private const string SpelledUnit = "(?:one|two|three|four|five|six|seven|eight|nine)";

    private const string SpelledTens = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";

    private const string SpelledYearWords =
        $@"(?:(?:nineteen|twenty)[\s-](?:hundred|oh[\s-]{SpelledUnit}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{SpelledTens}(?:[\s-]{SpelledUnit})?)|two\s+thousand(?:\s+(?:and\s+)?(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-]{SpelledUnit})?|{SpelledUnit}))?)(?![\w-])";

    [GeneratedRegex($@"(?:(?<month>{FullMonth})\s+|(?<the>\bthe\s+year\s+))?\b(?<sp>{SpelledYearWords})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex SpelledYearPattern();

    [GeneratedRegex(@"\b(?:in|since|of|by|until|from|before|after|during|through)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PrepositionBefore();

    [GeneratedRegex(@"nineteen|twenty|two\s+thousand", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex SpelledYearAnchor();

    [GeneratedRegex(@"quarter|half|(?-i:Q[1-4]|H[12])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex QuarterAnchor();

    [GeneratedRegex(Season, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex SeasonAnchor();

    /// <summary>The decade's digit before "0s" ("1990s", "'90s").</summary>
    [GeneratedRegex("[0-9]0s", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex DecadeAnchor();

    /// <summary>The first three letters of every month name and abbreviation, capitalised as <see cref="TimeLexicon.Month"/> needs.</summary>
    [GeneratedRegex("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthAnchor();

    [GeneratedRegex($@"(?:(?i:the\s+(?:very\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder)\s+of|(?:early|late|mid)[- ]?|(?:the\s+)?(?:first|second)\s+half\s+of)\s*)(?:(?<y>{Year})(?![0-9-–]|s)|(?<month>{FullMonth}|{Month})(?![ ,]+[0-9])|(?i:(?<rel>the|this|next|last|the\s+current|the\s+coming)\s+(?<unit>year|month|week|decade)))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PartOfPeriodPattern();

    [GeneratedRegex(@"(?:the\s+)?(?:(?:early|mid|late)[- ]?)?(?:(?<c>1[6-9]|20)(?<d>[0-9])0s|['’](?<d2>[0-9])0s)(?![\w])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex DecadePattern();

    [GeneratedRegex(@"(?<![\w$€£₽#№/.,:+-]|[0-9][,.]|No\.\s?)(?:(?i:fiscal)\s+)?(?<y>1[89][0-9]{2}|20[0-9]{2})(?![\w%/-]|[.,][0-9]|\s*(?:[%$€£]|(?i:percent|per\s+cent|square|sq|people|persons|troops|soldiers|men|women|points?|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|tons?|tonnes|dollars|euros|rubles|roubles|hryvnias?|units|cases|deaths|votes|words|pages|acres|hectares|barrels|vehicles|tanks|drones|missiles|shells|rounds|members|residents|users|followers|times|kg|mm|cm|hours|hrs|GMT|UTC|local\s+time|prisoners|children|civilians|refugees|jobs|shares|homes|buildings)\b))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex BareYearPattern();

    [GeneratedRegex($@"(?<span>{FullMonth})(?![ ]+[0-9])(?<=(?i:\b(?:in|since|until|till|through|by|from|to|during|before|after|of|for|and|or|between|early|late|mid|as of|throughout))[\s-]+\k<span>)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex BareMonthPattern();
}
