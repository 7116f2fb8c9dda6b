using System.Text.RegularExpressions;
using Provenance.Core.Annotations;
using static Provenance.Time.TimeLexicon;

namespace Provenance.Time.Rules;

/// <summary>
/// Dates that count from the reference date or from the date the text just mentioned: "Monday", "last Friday",
/// "Tuesday night", "yesterday", "tonight", "last week", "earlier this week", "next year", "last summer",
/// "this autumn", "last November", "two years ago", "two days later", "the next day". Without a reference date
/// they stay underspecified (<c>XXXX-WXX-2</c>, <c>XXXX-WXX</c>, <c>XXXX-SU</c>). A weekday points back unless
/// the nearest verb is future ("will meet on Friday"). Does not handle "the week before last" or fiscal years.
/// </summary>
public static partial class RelativeDateRules
{
    public static IEnumerable<TimexRule> All =>
    [
        WeekdayName, DayWord, PartOfDayPhrase, ThisLastNextPeriod, TheWeekend, ThisLastNextSeason, ThisLastNextMonth, CountedAgo, NeighbourDay,
        TheQuarter, TheYear, ThatPeriod, Holiday,
    ];

    /// <summary>"Monday", "last Friday", "next Tuesday", "Sunday night" (a TIME): a weekday name, not plural, not "Mondays".</summary>
    public static TimexRule WeekdayName { get; } = new("date.weekday",
        WeekdayNamePattern(),
        (m, c) =>
        {
            if (!TryWeekday(m.Groups["wd"].Value, out var isoDay))
            {
                return null;
            }

            var mod = m.Groups["mod"].Value.ToLowerInvariant();
            var shift = mod switch { "last" or "past" => -1, "next" or "coming" => 1, _ => 0 };
            if (c.Reference is not { } reference)
            {
                return new TimexReading(TimexType.Date, $"XXXX-WXX-{isoDay}");
            }

            // "The vote is on Sunday": a weekday in the present tense is an arrangement ahead.
            // "until Tuesday", "as early as Friday": a deadline or a start lies ahead whatever the verb's tense.
            var tense = mod == "this" || DeadlineBefore(c.Text, m.Index) ? Tense.Future : c.TenseAt(m.Index, m.Index + m.Length);
            if (tense == Tense.Present)
            {
                tense = Tense.Future;
            }

            var day = TimexValues.Weekday(reference, isoDay, tense, shift);
            var pod = m.Groups["pod"].Success ? PartOfDayCode(m.Groups["pod"].Value) : null;
            return pod is null
                ? new TimexReading(TimexType.Date, TimexValues.Day(day), day)
                : new TimexReading(TimexType.Time, $"{TimexValues.Day(day)}T{pod}", day);
        })
    {
        // "last" before the weekday (1 run), " night" after it (1) and a peek.
        Anchor = new TimexAnchor(WeekdayAnchor(), 2, 4),
    };

    /// <summary>
    /// "yesterday", "tomorrow", "the day before yesterday", and "today" — which is the reference day ("said
    /// today"), but <c>PRESENT_REF</c> when it means "nowadays" ("Russia today resembles…", "Today, young people…").
    /// </summary>
    public static TimexRule DayWord { get; } = new("date.day-word",
        DayWordPattern(),
        (m, c) =>
        {
            var word = m.Groups["w"].Value.ToLowerInvariant();
            var offset = word switch { "yesterday" => -1, "tomorrow" => 1, _ => 0 };
            if (m.Groups["dir"].Success)
            {
                offset += m.Groups["dir"].Value.Equals("before", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
            }

            if (word == "today" && !m.Groups["dir"].Success && MeansNowadays(m, c))
            {
                return new TimexReading(TimexType.Date, TimexValues.PresentRef);
            }

            if (c.Reference is not { } reference)
            {
                return word == "today" ? new TimexReading(TimexType.Date, TimexValues.PresentRef) : null;
            }

            var day = reference.AddDays(offset);
            return new TimexReading(TimexType.Date, TimexValues.Day(day), day);
        });

    /// <summary>"tonight", "this morning", "last night", "yesterday afternoon", "tomorrow evening": a part of a day (TIME).</summary>
    public static TimexRule PartOfDayPhrase { get; } = new("time.part-of-day",
        PartOfDayPhrasePattern(),
        (m, c) =>
        {
            if (m.Groups["w"].Value.Equals("last", StringComparison.OrdinalIgnoreCase) && !m.Groups["pod"].Value.Equals("night", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var word = m.Groups["tonight"].Success ? "today" : m.Groups["w"].Value.ToLowerInvariant();
            var pod = m.Groups["tonight"].Success ? "NI" : PartOfDayCode(m.Groups["pod"].Value)!;
            var offset = word switch { "yesterday" or "last" => -1, "tomorrow" => 1, _ => 0 };
            if (c.Reference is not { } reference)
            {
                return new TimexReading(TimexType.Time, $"XXXX-XX-XXT{pod}");
            }

            var day = reference.AddDays(offset);
            return new TimexReading(TimexType.Time, $"{TimexValues.Day(day)}T{pod}", day);
        });

    /// <summary>
    /// "last week", "this week", "earlier this week", "later this month", "next year", "this year", "last
    /// month", "next weekend", "this past weekend" (the last one): a calendar period before, at or after the reference date. "the past week" (with
    /// "the") is a duration and is left to <see cref="DurationRules"/>.
    /// </summary>
    public static TimexRule ThisLastNextPeriod { get; } = new("date.this-last-next",
        ThisLastNextPeriodPattern(),
        (m, c) =>
        {
            var mod = m.Groups["mod"].Value.ToLowerInvariant();
            if (mod is "past" or "coming" && !m.Groups["pre"].Success && !m.Value.StartsWith("this", StringComparison.OrdinalIgnoreCase))
            {
                // "past year", "coming year" without "the" read as durations in most news ("over past year").
                return null;
            }

            var shift = mod switch { "last" or "past" => -1, "next" or "coming" => 1, _ => 0 };
            return PeriodValue(c.Reference, m.Groups["unit"].Value.ToLowerInvariant(), shift);
        })
    {
        // "earlier this past" before the unit (3 runs), " or so" after it (2) and a peek.
        Anchor = new TimexAnchor(PeriodUnitAnchor(), 4, 8),
    };

    /// <summary>
    /// "last summer", "this autumn", "next spring", "the past summer", "in the summer" (this year's): a season
    /// relative to the reference date.
    /// </summary>
    public static TimexRule ThisLastNextSeason { get; } = new("date.this-last-next-season",
        ThisLastNextSeasonPattern(),
        (m, c) =>
        {
            var code = SeasonCode(m.Groups["season"].Value);
            var mod = m.Groups["mod"].Value.ToLowerInvariant();
            var shift = mod switch { "last" or "past" or "previous" => -1, "next" or "coming" or "upcoming" => 1, _ => 0 };
            return c.Reference is { } reference
                ? new TimexReading(TimexType.Date, $"{TimexValues.SeasonYear(reference, code, shift):D4}-{code}")
                : new TimexReading(TimexType.Date, $"XXXX-{code}");
        })
    {
        // "the this" or "the early" before the season (2 runs), " of" after it (1) and a peek.
        Anchor = new TimexAnchor(SeasonAnchor(), 3, 6),
    };

    /// <summary>"last November", "next March", "this December": a month name relative to the reference month.</summary>
    public static TimexRule ThisLastNextMonth { get; } = new("date.this-last-next-month",
        ThisLastNextMonthPattern(),
        (m, c) =>
        {
            if (!TryMonth(m.Groups["month"].Value, out var month))
            {
                return null;
            }

            if (c.Reference is not { } r)
            {
                return new TimexReading(TimexType.Date, TimexValues.Month(null, month));
            }

            var year = m.Groups["mod"].Value.ToLowerInvariant() switch
            {
                "last" or "past" => month < r.Month ? r.Year : r.Year - 1,
                "next" or "coming" => month > r.Month ? r.Year : r.Year + 1,
                _ => r.Year,
            };
            return new TimexReading(TimexType.Date, TimexValues.Month(year, month));
        });

    /// <summary>
    /// "two years ago", "three days earlier", "two days later", "a week from now": an amount of time counted from
    /// the reference date ("ago", "from now") or from the date the text just mentioned ("later", "earlier").
    /// </summary>
    public static TimexRule CountedAgo { get; } = new("date.counted-ago",
        CountedAgoPattern(),
        (m, c) =>
        {
            if (!TryNumber(m.Groups["n"].Value, out var amount))
            {
                return null;
            }

            var dir = m.Groups["dir"].Value.ToLowerInvariant();
            var fromText = dir is "later" or "earlier" or "before" or "after" or "on";
            var sign = dir is "ago" or "earlier" or "before" ? -1 : 1;
            var anchor = fromText ? c.Anchor : c.Reference;
            if (amount is not { } n)
            {
                return new TimexReading(TimexType.Date, sign < 0 ? TimexValues.PastRef : TimexValues.FutureRef);
            }

            var unit = UnitCode(m.Groups["unit"].Value).Code;
            if (unit == "Y" && sign < 0 && n == decimal.Truncate(n) && c.LastPeriod is { Year: not null } period)
            {
                // "profit rose from $4 million a year earlier" in a quarterly report: the same quarter, a year back.
                return new TimexReading(TimexType.Date, period.ShiftYears(-(int)n).ToString());
            }

            if (anchor is not { } a || n != decimal.Truncate(n))
            {
                return new TimexReading(TimexType.Date, unit switch { "D" => "XXXX-XX-XX", "W" => "XXXX-WXX", "M" => "XXXX-XX", _ => "XXXX" });
            }

            var count = (int)n * sign;
            switch (unit)
            {
                case "D":
                    var day = a.AddDays(count);
                    return new TimexReading(TimexType.Date, TimexValues.Day(day), day);
                case "W":
                    return new TimexReading(TimexType.Date, TimexValues.Week(a.AddDays(7 * count)));
                case "M":
                    var month = a.AddMonths(count);
                    return new TimexReading(TimexType.Date, TimexValues.Month(month.Year, month.Month));
                case "DE":
                    return new TimexReading(TimexType.Date, sign < 0 ? TimexValues.PastRef : TimexValues.FutureRef);
                default:
                    return new TimexReading(TimexType.Date, TimexValues.Year(a.Year + count));
            }
        })
    {
        // Before the unit: "more than" (2 runs), "a couple of and a half" (5), the separator (1); after it the
        // direction, "from now" and its lookahead (3) and a peek. One run to spare each way.
        Anchor = new TimexAnchor(UnitAnchor(), 9, 14),
    };

    /// <summary>"the next day", "the following day", "the day before", "the previous day": one day from the date just mentioned.</summary>
    public static TimexRule NeighbourDay { get; } = new("date.neighbour-day",
        NeighbourDayPattern(),
        (m, c) =>
        {
            if (c.Anchor is not { } anchor)
            {
                return new TimexReading(TimexType.Date, "XXXX-XX-XX");
            }

            var day = anchor.AddDays(m.Groups["dir"].Value.ToLowerInvariant() is "next" or "following" or "after" ? 1 : -1);
            return new TimexReading(TimexType.Date, TimexValues.Day(day), day);
        });

    /// <summary>"the weekend", "over the weekend": the weekend of the reference week (TIMEX3 <c>2025-W47-WE</c>), the one before when told in the past tense.</summary>
    public static TimexRule TheWeekend { get; } = new("date.the-weekend",
        TheWeekendPattern(),
        (m, c) =>
        {
            if (c.Reference is not { } r)
            {
                return new TimexReading(TimexType.Date, "XXXX-WXX-WE");
            }

            var tense = c.TenseAt(m.Index, m.Index + m.Length);
            var day = TimexValues.IsoDayOfWeek(r) < 6 && tense == Tense.Past ? r.AddDays(-7) : r;
            return new TimexReading(TimexType.Date, TimexValues.Week(day) + "-WE");
        });

    /// <summary>
    /// "the quarter", "the latest quarter", "that quarter", "the same period", "the year-earlier quarter", "the
    /// year-ago period", "the corresponding period last year", "year-earlier" (as in "year-earlier profit"): the
    /// quarter a business story is about. That is the quarter the text last named, else the one before the
    /// reference date's (the quarter a report published then covers); the year-earlier forms are the same quarter a
    /// year before. Not "a quarter" (an amount), "the quarter century", "the quarter of …".
    /// </summary>
    public static TimexRule TheQuarter { get; } = new("date.the-quarter",
        TheQuarterPattern(),
        (m, c) =>
        {
            var earlier = m.Groups["pre"].Success || m.Groups["ago"].Success;
            if (m.Groups["pre"].Success && !m.Groups["noun"].Success)
            {
                // "year-earlier profit", "the year-ago level": TimeML gives the year.
                var year = (c.LastPeriod?.Year ?? c.Reference?.Year) - 1;
                return new TimexReading(TimexType.Date, TimexValues.Year(year));
            }

            var period = c.LastPeriod ?? (c.Reference is { } r ? FiscalPeriod.QuarterBefore(r) : new FiscalPeriod(null, 'Q', 0));
            if (earlier)
            {
                period = period.ShiftYears(-1);
            }

            var value = period.Index == 0 ? $"{TimexValues.Year(period.Year)}-QX" : period.ToString();
            return new TimexReading(TimexType.Date, value, Period: earlier || period.Index == 0 ? null : period);
        });

    /// <summary>
    /// "for the year", "in the fiscal year", "earlier in the year", "for the full year" (a DATE: the reference
    /// year), and "the year ended Sept. 30", "the fiscal year ending in June" (a DURATION of one year, as TimeML
    /// reads an accounting year). Needs a preposition before it or "ended/ending" after it, so "the year" in
    /// "person of the year" or "the year 2000" is left alone.
    /// </summary>
    public static TimexRule TheYear { get; } = new("date.the-year",
        TheYearPattern(),
        (m, c) => m.Groups["ended"].Success
            ? new TimexReading(TimexType.Duration, "P1Y")
            : new TimexReading(TimexType.Date, TimexValues.Year(c.Reference?.Year)));

    /// <summary>
    /// "that year", "later that year", "the same year", "that day", "earlier that day", "that same day", "that
    /// month", "that week": the year, day, month or week of the date the text last mentioned (the reference date
    /// when it has mentioned none).
    /// </summary>
    public static TimexRule ThatPeriod { get; } = new("date.that-period",
        ThatPeriodPattern(),
        (m, c) =>
        {
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            if (unit == "year")
            {
                return new TimexReading(TimexType.Date, TimexValues.Year(c.LastYear ?? c.Reference?.Year));
            }

            if (c.Anchor is not { } day)
            {
                return PeriodValue(null, unit, 0);
            }

            return unit switch
            {
                "day" => new TimexReading(TimexType.Date, TimexValues.Day(day), day),
                "week" => new TimexReading(TimexType.Date, TimexValues.Week(day)),
                _ => new TimexReading(TimexType.Date, TimexValues.Month(day.Year, day.Month)),
            };
        });

    /// <summary>
    /// "Thanksgiving", "Christmas Day", "Christmas Eve", "New Year's Day", "Election Day", "Independence Day",
    /// "Halloween", "Easter": a holiday with a fixed or computed date (US conventions for Thanksgiving and Election
    /// Day), in the reference year moved by tense like a month and day. Not "Christmas" alone (the season, the
    /// feast in general) unless "on" or "at" comes before it.
    /// </summary>
    public static TimexRule Holiday { get; } = new("date.holiday",
        HolidayPattern(),
        (m, c) =>
        {
            // "Christmas  Eve", "New Year's\nDay": one space between words, so the name switch below sees it.
            var name = string.Join(' ', m.Groups["name"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (name == "independence day" && !IsUnitedStatesIndependenceDay(c.Text, m.Index))
            {
                return new TimexReading(TimexType.Date, "XXXX-XX-XX"); // another country's day: its date is not known here
            }

            int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            if (year is null && c.Reference is { } r)
            {
                var (month, dayOfMonth) = HolidayDate(name, r.Year);
                year = TimexValues.YearForDay(r, month, dayOfMonth, c.TenseAt(m.Index, m.Index + m.Length));
            }

            if (year is not { } y)
            {
                var (month, dayOfMonth) = name.StartsWith("thanksgiving", StringComparison.Ordinal) || name.StartsWith("election", StringComparison.Ordinal) || name == "easter"
                    ? (0, 0)
                    : HolidayDate(name, 2000);
                return month == 0 ? new TimexReading(TimexType.Date, "XXXX-XX-XX") : new TimexReading(TimexType.Date, $"XXXX-{month:D2}-{dayOfMonth:D2}");
            }

            var (mm, dd) = HolidayDate(name, y);
            var date = new DateOnly(y, mm, dd);
            return new TimexReading(TimexType.Date, TimexValues.Day(date), date);
        });

    /// <summary>
    /// "Independence Day" is 4 July unless a country other than the United States owns it: a capitalised
    /// word or possessive right before it ("Ukraine's Independence Day", "Indian Independence Day").
    /// </summary>
    private static bool IsUnitedStatesIndependenceDay(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && !char.IsWhiteSpace(text[begin - 1]))
        {
            begin--;
        }

        var previous = text[begin..end];
        if (previous.EndsWith("'s", StringComparison.Ordinal) || previous.EndsWith("’s", StringComparison.Ordinal))
        {
            previous = previous[..^2];
        }

        return previous.Length == 0 || !char.IsUpper(previous[0])
            || previous is "U.S." or "US" or "USA" or "America" or "American" or "States" or "The" or "On" or "By" or "Since" or "Until" or "Before" or "After";
    }

    /// <summary>Month and day of a holiday in <paramref name="year"/>.</summary>
    private static (int Month, int Day) HolidayDate(string name, int year)
    {
        if (name.StartsWith("thanksgiving", StringComparison.Ordinal))
        {
            // Fourth Thursday of November.
            var first = new DateOnly(year, 11, 1);
            var offset = ((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7;
            return (11, 1 + offset + 21);
        }

        if (name.StartsWith("election", StringComparison.Ordinal))
        {
            // The Tuesday after the first Monday of November.
            var first = new DateOnly(year, 11, 1);
            var monday = 1 + ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
            return (11, monday + 1);
        }

        if (name == "easter")
        {
            // Anonymous Gregorian computus.
            int a = year % 19, b = year / 100, cc = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
            int h = (19 * a + b - d - g + 15) % 30, i = cc / 4, k = cc % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, mm = (a + 11 * h + 22 * l) / 451;
            var month = (h + l - 7 * mm + 114) / 31;
            return (month, ((h + l - 7 * mm + 114) % 31) + 1);
        }

        return name switch
        {
            "christmas eve" => (12, 24),
            "new year's eve" or "new year’s eve" => (12, 31),
            "new year's day" or "new year’s day" => (1, 1),
            "independence day" => (7, 4),
            "halloween" => (10, 31),
            "valentine's day" or "valentine’s day" => (2, 14),
            _ => (12, 25), // "christmas", "christmas day": the only names the pattern leaves (spacing is normalised)
        };
    }

    /// <summary>Whether the words before <paramref name="start"/> set a deadline or start: "until", "by", "as early as", "no later than".</summary>
    private static bool DeadlineBefore(string text, int start)
    {
        var from = Math.Max(0, start - 30);
        return DeadlinePattern().IsMatch(text.AsSpan(from, start - from));
    }

    /// <summary>The value of "this/last/next week|weekend|month|quarter|year|decade" seen from <paramref name="reference"/>.</summary>
    internal static TimexReading? PeriodValue(DateOnly? reference, string unit, int shift)
    {
        if (reference is not { } r)
        {
            return unit switch
            {
                "week" => new TimexReading(TimexType.Date, "XXXX-WXX"),
                "weekend" => new TimexReading(TimexType.Date, "XXXX-WXX-WE"),
                "month" => new TimexReading(TimexType.Date, "XXXX-XX"),
                "quarter" => new TimexReading(TimexType.Date, "XXXX-QX"),
                "year" => new TimexReading(TimexType.Date, "XXXX"),
                _ => null,
            };
        }

        switch (unit)
        {
            case "week":
                return new TimexReading(TimexType.Date, TimexValues.Week(r.AddDays(7 * shift)));
            case "weekend":
                return new TimexReading(TimexType.Date, TimexValues.Week(r.AddDays(7 * shift)) + "-WE");
            case "month":
                var month = r.AddMonths(shift);
                return new TimexReading(TimexType.Date, TimexValues.Month(month.Year, month.Month));
            case "quarter":
                var quarter = r.AddMonths(3 * shift);
                return new TimexReading(TimexType.Date, $"{quarter.Year:D4}-Q{(quarter.Month - 1) / 3 + 1}");
            case "year":
                return new TimexReading(TimexType.Date, TimexValues.Year(r.Year + shift));
            case "decade":
                var decade = (r.Year / 10) + shift;
                return new TimexReading(TimexType.Date, $"{decade:D3}X");
            default:
                return null;
        }
    }

    private static string? PartOfDayCode(string word) => word.ToLowerInvariant() switch
    {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" => "NI",
        _ => null,
    };

    /// <summary>
    /// "today" as "nowadays": it opens a sentence followed by a comma, follows a name it describes ("Russia
    /// today"), or follows "of". Elsewhere news means the reference day.
    /// </summary>
    private static bool MeansNowadays(Match m, TimexContext c)
    {
        var text = c.Text;
        var end = m.Index + m.Length;
        var (sentenceStart, _) = c.SentenceAt(m.Index);
        var before = text[sentenceStart..m.Index].Trim();
        if (before.Length == 0 && end < text.Length && text[end] == ',')
        {
            // "Today, young people see…" describes the present; "Today, the minister said…" reports the day.
            return c.TenseAt(m.Index, end) != Tense.Past;
        }

        if (end < text.Length && (text[end] == '’' || text[end] == '\''))
        {
            // "today's": a dated reference in news ("today's meeting").
            return false;
        }

        // "Russia today resembles…", a heading "Russia today": a name and "today" with nothing dated after it. Not
        // "left Pakistan today on orders…" or "in Baghdad today.", where a verb or preposition dates an event.
        var previous = before.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (previous is { Length: > 1 } && char.IsUpper(previous[0]) && char.IsLetter(previous[^1]))
        {
            var after = text.AsSpan(end);
            var lineEnd = after.IndexOf('\n');
            var rest = (lineEnd < 0 ? after : after[..lineEnd]).TrimStart(' ');
            if (rest.IsEmpty || PresentVerbAfter(rest.ToString()))
            {
                return true;
            }
        }

        // "of today", "today's world": otherwise news means the day itself.
        return before.EndsWith(" of", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex($@"(?:(?<mod>(?i:last|next|this|coming|past))\s+)?(?<wd>{Weekday})(?:\s+(?<pod>(?i:morning|afternoon|evening|night)))?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex WeekdayNamePattern();

    [GeneratedRegex(@"(?<!\b(?:a|the|great|better|brighter|bright|new|better)\s+[“""]?)\b(?:the\s+day\s+(?<dir>before|after)\s+)?(?<w>today|yesterday|tomorrow)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex DayWordPattern();

    [GeneratedRegex(@"\b(?:(?<w>this|last|yesterday|tomorrow|today)\s+(?<pod>morning|afternoon|evening|night)|(?<tonight>tonight|overnight))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PartOfDayPhrasePattern();

    [GeneratedRegex(@"(?<!\bthe\s)\b(?:(?<pre>earlier|later)\s+)?(?:this\s+(?<mod>past)|(?<mod>this|last|next|past|coming)|(?<the>the\s+)?(?<mod>current))\s+(?<unit>week|weekend|month|year|quarter|decade|century)(?!\s+(?:or|and)\s+(?:so|two|more))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ThisLastNextPeriodPattern();

    [GeneratedRegex($@"\b(?:the\s+)?(?<mod>this|last|next|past|coming|previous|upcoming)\s+(?<season>{Season})\b|(?<=\b(?:in|during|over|by|until|through|since|before|after)\s+)the\s+(?:(?:early|late)\s+)?(?<season>{Season})\b(?!\s+of\b)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ThisLastNextSeasonPattern();

    [GeneratedRegex($@"(?<mod>(?i:last|next|this|past|coming))\s+(?<month>{FullMonth})(?![ ]+[0-9])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ThisLastNextMonthPattern();

    [GeneratedRegex($@"\b(?:(?:about|almost|nearly|some|roughly|around|more\s+than|less\s+than|just|only|over)\s+)?(?<n>{Number})[\s-]+(?<unit>days?|weeks?|months?|years?|decades?)\s+(?<dir>ago|earlier|later|from\s+now|hence|(?:before|after|on)(?!\s+(?:the|a|an|his|her|their|its|this|that|he|she|they|it|we|[0-9]|(?-i:[A-Z])|[a-z]+ing\b)))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex CountedAgoPattern();

    /// <summary>Where the unit of "two years ago" can start: after a space or hyphen, so not in "today" or "Monday".</summary>
    [GeneratedRegex(@"(?<=[\s-])(?:day|week|month|year|decade)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex UnitAnchor();

    [GeneratedRegex(@"\bthe\s+(?:(?<dir>next|following|previous|preceding)\s+day|day\s+(?<dir>before|after))\b(?!\s+(?:yesterday|tomorrow))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex NeighbourDayPattern();

    [GeneratedRegex(@"\bthe\s+weekend\b(?!\s+of\b)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex TheWeekendPattern();

    [GeneratedRegex(@"\b(?:(?:the|that)\s+(?:(?:latest|most\s+recent|recent|same|just-ended|just-completed|fiscal|latest\s+fiscal)\s+)?quarter(?![\w-])(?!\s+(?:century|mile|point|of|inch|hour)\b)(?:\s+(?<ago>a\s+year\s+(?:ago|earlier)|last\s+year))?|(?:the|that)\s+(?:latest|most\s+recent|same|corresponding|comparable)\s+period(?![\w-])(?!\s+of\b)(?:\s+(?<ago>last\s+year|a\s+year\s+(?:ago|earlier)))?|(?:the\s+)?(?:comparable\s+|corresponding\s+)?(?<pre>year-earlier|year-ago|year-before|prior-year)(?:\s+(?<noun>quarter|period)(?![\w-]))?)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex TheQuarterPattern();

    [GeneratedRegex(@"(?:(?<=\b(?:for|in|during|over|through|throughout)\s+)the\s+(?:(?:full|whole|entire|fiscal|current\s+fiscal|latest\s+fiscal|calendar)\s+)?year(?![\w-])(?!\s+(?:of|before|after|in|when|that|since|to\s+date|ago|earlier|later|ended|ending)\b|\s+[0-9])|\bthe\s+(?:(?:fiscal|full|financial)\s+)?year(?=\s+(?<ended>ended|ending)\s))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex TheYearPattern();

    [GeneratedRegex(@"\b(?:until|till|as\s+(?:early|soon)\s+as|no\s+later\s+than|by|starting|beginning)\s+(?:on\s+|next\s+|this\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeadlinePattern();

    [GeneratedRegex(@"\b(?:(?i:later|earlier)\s+)?(?:(?i:that)(?:\s+same)?|(?i:the)\s+same)\s+(?<unit>year|day|month|week)\b(?![\w-])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ThatPeriodPattern();

    [GeneratedRegex(@"\b(?<name>Thanksgiving(?:\s+Day)?|Christmas\s+(?:Day|Eve)|(?<=\b(?:on|at|by|until|before|after|since|over)\s+)Christmas|New\s+Year['’]s\s+(?:Day|Eve)|Election\s+Day|Independence\s+Day|Halloween|Valentine['’]s\s+Day|Easter(?!\s+(?:Island|egg|bunny)))(?:,?\s+(?<y>(?:1[89]|20)[0-9]{2})(?![0-9]))?\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex HolidayPattern();

    [GeneratedRegex(Weekday, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WeekdayAnchor();

    [GeneratedRegex("week|month|year|quarter|decade|century", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex PeriodUnitAnchor();

    [GeneratedRegex(Season, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex SeasonAnchor();

    /// <summary>A present-tense verb opening <paramref name="rest"/>: "is", "are", "has", "resembles", "faces".</summary>
    private static bool PresentVerbAfter(string rest) => PresentVerbPattern().IsMatch(rest);

    [GeneratedRegex(@"^(?:is|are|has|have|remains?|seems?|looks?|stands?|[a-z]{2,}[^s\W]s)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PresentVerbPattern();
}
