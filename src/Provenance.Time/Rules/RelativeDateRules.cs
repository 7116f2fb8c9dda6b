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
            var tense = mod == "this" ? Tense.Future : c.TenseAt(m.Index, m.Index + m.Length);
            if (tense == Tense.Present)
            {
                tense = Tense.Future;
            }

            var day = TimexValues.Weekday(reference, isoDay, tense, shift);
            var pod = m.Groups["pod"].Success ? PartOfDayCode(m.Groups["pod"].Value) : null;
            return pod is null
                ? new TimexReading(TimexType.Date, TimexValues.Day(day), day)
                : new TimexReading(TimexType.Time, $"{TimexValues.Day(day)}T{pod}", day);
        });

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
    /// month", "next weekend": a calendar period before, at or after the reference date. "the past week" (with
    /// "the") is a duration and is left to <see cref="DurationRules"/>.
    /// </summary>
    public static TimexRule ThisLastNextPeriod { get; } = new("date.this-last-next",
        ThisLastNextPeriodPattern(),
        (m, c) =>
        {
            var mod = m.Groups["mod"].Value.ToLowerInvariant();
            if (mod is "past" or "coming" && !m.Groups["pre"].Success)
            {
                // "past year", "coming year" without "the" read as durations in most news ("over past year").
                return null;
            }

            var shift = mod switch { "last" or "past" => -1, "next" or "coming" => 1, _ => 0 };
            return PeriodValue(c.Reference, m.Groups["unit"].Value.ToLowerInvariant(), shift);
        });

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
        });

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
        });

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
            return true;
        }

        if (end < text.Length && (text[end] == '’' || text[end] == '\''))
        {
            // "today's": a dated reference in news ("today's meeting").
            return false;
        }

        // "Russia today": "today" right after a capitalised name describes that name now.
        var previous = before.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (previous is { Length: > 1 } && char.IsUpper(previous[0]) && char.IsLetter(previous[^1]))
        {
            return true;
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

    [GeneratedRegex(@"(?<!\bthe\s)\b(?:(?<pre>earlier|later)\s+)?(?:(?<mod>this|last|next|past|coming)|(?<the>the\s+)?(?<mod>current))\s+(?<unit>week|weekend|month|year|quarter|decade|century)(?!\s+(?:or|and)\s+(?:so|two|more))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ThisLastNextPeriodPattern();

    [GeneratedRegex($@"\b(?:the\s+)?(?<mod>this|last|next|past|coming|previous|upcoming)\s+(?<season>{Season})\b|(?<=\b(?:in|during|over|by|until|through|since|before|after)\s+)the\s+(?:(?:early|late)\s+)?(?<season>{Season})\b(?!\s+of\b)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ThisLastNextSeasonPattern();

    [GeneratedRegex($@"(?<mod>(?i:last|next|this|past|coming))\s+(?<month>{FullMonth})(?![ ]+[0-9])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ThisLastNextMonthPattern();

    [GeneratedRegex($@"\b(?:(?:about|almost|nearly|some|roughly|around|more\s+than|less\s+than|just|only|over)\s+)?(?<n>{Number})[\s-]+(?<unit>days?|weeks?|months?|years?|decades?)\s+(?<dir>ago|earlier|later|from\s+now|hence|(?:before|after|on)(?!\s+(?:the|a|an|his|her|their|its|this|that|he|she|they|it|we|[0-9]|(?-i:[A-Z]))))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex CountedAgoPattern();

    [GeneratedRegex(@"\bthe\s+(?:(?<dir>next|following|previous|preceding)\s+day|day\s+(?<dir>before|after))\b(?!\s+(?:yesterday|tomorrow))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex NeighbourDayPattern();

    [GeneratedRegex(@"\bthe\s+weekend\b(?!\s+of\b)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex TheWeekendPattern();
}
