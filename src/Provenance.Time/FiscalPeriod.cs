using System.Globalization;

namespace Provenance.Time;

/// <summary>
/// A quarter or half of a year as TIMEX3 writes it (<c>1989-Q3</c>, <c>2025-H1</c>). Business news talks about the
/// period it reports on: once a story names "the third quarter", later "the quarter" and "a year earlier" mean
/// that quarter and the same quarter a year before. <paramref name="Year"/> is null when unknown (<c>XXXX-Q3</c>).
/// </summary>
public sealed record FiscalPeriod(int? Year, char Part, int Index)
{
    /// <summary>The same period <paramref name="years"/> years later (negative: earlier).</summary>
    public FiscalPeriod ShiftYears(int years) => this with { Year = Year + years };

    /// <summary>The quarter before the one <paramref name="day"/> falls in: what a report published that day covers.</summary>
    public static FiscalPeriod QuarterBefore(DateOnly day)
    {
        var quarter = (day.Month - 1) / 3 + 1;
        return quarter == 1 ? new FiscalPeriod(day.Year - 1, 'Q', 4) : new FiscalPeriod(day.Year, 'Q', quarter - 1);
    }

    /// <summary>The quarter <paramref name="day"/> falls in.</summary>
    public static FiscalPeriod QuarterOf(DateOnly day) => new(day.Year, 'Q', (day.Month - 1) / 3 + 1);

    public override string ToString() => $"{TimexValues.Year(Year)}-{Part}{Index.ToString(CultureInfo.InvariantCulture)}";
}
