namespace Provenance.Time.Tests;

public class AbsoluteDateTests
{
    // Reference date for these fixtures: Wednesday 19 November 2025.
    private const string Published = "2025-11-19";

    [Theory]
    [InlineData("The envoy landed in Ankara on Nov. 17 for talks.", "Nov. 17", "2025-11-17")]
    [InlineData("The accord was signed on November 17, 2025, in Geneva.", "November 17, 2025", "2025-11-17")]
    [InlineData("Ministers met on 17 November to review the draft.", "17 November", "2025-11-17")]
    [InlineData("The memo is dated 2025-11-17 and marked secret.", "2025-11-17", "2025-11-17")]
    [InlineData("The summit opened on Sept. 30 in Brussels.", "Sept. 30", "2025-09-30")]
    [InlineData("The agency cited an earlier report (Kommersant, October 26).", "October 26", "2025-10-26")]
    [InlineData("The treaty was signed on April 29, 2024, after long talks.", "April 29, 2024", "2024-04-29")]
    public void Month_and_day_in_news_forms_become_a_day(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published));

    [Fact]
    public void Day_without_a_year_stays_underspecified_without_a_reference_date() =>
        Assert.Equal("XXXX-04-15", Tag.ValueOf("Two guards were wounded April 15 near the border.", "April 15"));

    [Theory]
    [InlineData("Negotiators met in Lisbon from Oct. 24-26 to draft the plan.", "Oct. 24-26", "2025-10-24/2025-10-26")]
    [InlineData("Drills ran on July 11–18 near the border.", "July 11–18", "2025-07-11/2025-07-18")]
    [InlineData("Weekly digest, June 23–30, 2025", "June 23–30, 2025", "2025-06-23/2025-06-30")]
    public void Range_of_days_is_one_interval(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published));

    [Theory]
    [InlineData("Analysts warn of an attack as early as 2028-29 on the eastern flank.", "2028-29", "2028/2029")]
    [InlineData("The country was at war (March 1917–June 1923) for years.", "March 1917–June 1923", "1917-03/1923-06")]
    public void Range_of_years_or_months_is_one_interval(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published));

    [Theory]
    [InlineData("Officials fear war with Russia by 2029 at the latest.", "2029", "2029")]
    [InlineData("Some now say an attack as early as 2028 is possible.", "2028", "2028")]
    [InlineData("He recalled the draft treaties of December, 2021.", "December, 2021", "2021-12")]
    [InlineData("The plant closed in late June 2017 after the strike.", "late June 2017", "2017-06")]
    [InlineData("Production should recover by early 2026, the ministry said.", "early 2026", "2026")]
    [InlineData("Works will be completed by mid-November, the railway said.", "mid-November", "2025-11")]
    [InlineData("The old mill closed in the autumn of 2005.", "the autumn of 2005", "2005-FA")]
    [InlineData("The vote before the Summer 2025 elections was tense.", "Summer 2025", "2025-SU")]
    [InlineData("Output fell in the third quarter, the company said.", "the third quarter", "2025-Q3")]
    [InlineData("He has served the Kremlin since the 1990s.", "the 1990s", "199X")]
    public void Years_months_seasons_and_quarters_keep_their_granularity(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published));

    [Theory]
    [InlineData("The envoy flew to Alaska in August for the summit.", "August", "2025-08")]
    [InlineData("In September, Moscow announced new spending.", "September", "2025-09")]
    public void Bare_month_after_a_preposition_takes_the_reference_year(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published));

    [Theory]
    [InlineData("The mayor hopes for a budget by the end of the year, aides said.", "the end of the year", "2025")]
    [InlineData("The council wants the dispute settled before the end of this year.", "the end of this year", "2025")]
    [InlineData("Clashes marked the end of October in the region.", "the end of October", "2025-10")]
    public void End_of_a_period_is_that_period(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published));

    [Theory]
    [InlineData("Posted: Tue Mar 03, 2015 9:12 pm", "Tue Mar 03, 2015 9:12 pm", "TIME:2015-03-03T21:12")]
    [InlineData("The statement came at 3 p.m. on the day of the vote.", "3 p.m.", "TIME:2025-11-19T15:00")]
    public void Clock_times_are_time_values(string text, string span, string typed) =>
        Assert.Equal(typed, Tag.ValueOf(text, span, Published, withType: true));

    [Theory]
    [InlineData("Kyiv now controls 2029 square kilometres of the region.")]
    [InlineData("The army lost 2000 troops in the offensive.")]
    [InlineData("The fund paid $2025 to each family.")]
    [InlineData("The plan has 28 points and three annexes.")]
    public void Numbers_that_look_like_years_are_not_timexes(string text) =>
        Assert.DoesNotContain(Tag.Timexes(text, Published), t => t.Value is { Length: 4 } v && v.All(char.IsAsciiDigit));
}
