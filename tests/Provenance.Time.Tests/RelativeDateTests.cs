namespace Provenance.Time.Tests;

public class RelativeDateTests
{
    // Wednesday 19 November 2025 (ISO week 47).
    private const string Published = "2025-11-19";

    [Theory]
    [InlineData("Lindqvist told reporters in an interview on Monday that she was hopeful.", "Monday", "2025-11-17")]
    [InlineData("The leaders were due to meet on Wednesday in Ankara but postponed it.", "Wednesday", "2025-11-19")]
    [InlineData("Axios reported Tuesday that a draft was circulating.", "Tuesday", "2025-11-18")]
    [InlineData("The minister will travel to Warsaw on Friday for talks.", "Friday", "2025-11-21")]
    [InlineData("The talks collapsed last Friday after a night of bargaining.", "last Friday", "2025-11-14")]
    public void Weekday_resolves_back_unless_the_verb_is_future(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published));

    [Fact]
    public void Weekday_without_a_reference_date_is_underspecified() =>
        Assert.Equal("XXXX-WXX-2", Tag.ValueOf("After meeting the president on Tuesday, the envoy left.", "Tuesday"));

    [Theory]
    [InlineData("The plan gained currency last week as officials briefed reporters.", "last week", "2025-W46")]
    [InlineData("Umerov met the envoy earlier this week in Miami.", "earlier this week", "2025-W47")]
    [InlineData("The ceasefire agreed last month is fragile.", "last month", "2025-10")]
    [InlineData("Elections are planned for next year, the speaker said.", "next year", "2026")]
    [InlineData("Farmers say that last summer was the driest in decades.", "last summer", "2025-SU")]
    [InlineData("The frontline could deteriorate by this autumn, officials fear.", "this autumn", "2025-FA")]
    [InlineData("The deal collapsed last November after weeks of talks.", "last November", "2024-11")]
    public void Calendar_period_relative_to_the_reference(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published));

    [Theory]
    [InlineData("The reform was passed two years ago by parliament.", "two years ago", "2023")]
    [InlineData("The envoy said yesterday that the draft was ready.", "yesterday", "2025-11-18")]
    [InlineData("The company said today that sales rose.", "today", "2025-11-19")]
    public void Counted_from_the_reference_date(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published));

    [Fact]
    public void Two_days_later_counts_from_the_date_just_mentioned()
    {
        const string text = "The standoff peaked last week, on September 23, when a truce was signed. Two days later the prime minister spoke in Geneva.";
        Assert.Equal("2025-09-25", Tag.ValueOf(text, "Two days later", "2025-09-29"));
    }

    [Fact]
    public void The_next_day_counts_from_the_date_just_mentioned()
    {
        const string text = "The delegation arrived on March 3. The next day it met the prime minister.";
        Assert.Equal("2025-03-04", Tag.ValueOf(text, "The next day", Published));
    }

    [Fact]
    public void Relative_period_without_a_reference_date_is_underspecified() =>
        Assert.Equal("XXXX-WXX", Tag.ValueOf("Drones entered foreign airspace last week, ministers said.", "last week"));

    [Fact]
    public void Dateline_in_the_first_line_serves_as_reference_when_there_is_no_published_date()
    {
        const string text = "January 25, 2025\n\nThe minister met the president on Friday, officials said.";
        Assert.Equal("2025-01-24", Tag.ValueOf(text, "Friday"));
    }

    [Theory]
    [InlineData("Berlin today resembles a building site of old ambitions.", "today")]
    [InlineData("Today, young people see those symbols differently.", "Today")]
    public void Today_meaning_nowadays_is_present_ref(string text, string span) =>
        Assert.Equal("PRESENT_REF", Tag.ValueOf(text, span, Published));

    [Theory]
    [InlineData("Officials met over the weekend to finish the text.", "the weekend", "2025-W46-WE")]
    [InlineData("Gas prices fell sharply in June last year.", "June last year", "2024-06")]
    [InlineData("Last year's budget was cut twice.", "Last year", "2024")]
    [InlineData("The offensive stalled in the summer, commanders admit.", "the summer", "2025-SU")]
    public void Other_relative_calendar_expressions(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published));

    [Theory]
    [InlineData("Voting closes at 9 a.m. Tuesday, the commission said.", "9 a.m. Tuesday", "TIME:2025-11-18T09:00")]
    [InlineData("Negotiators talked late into Sunday night, aides said.", "Sunday night", "TIME:2025-11-16TNI")]
    public void Clock_or_part_of_day_on_a_weekday_is_a_time(string text, string span, string typed) =>
        Assert.Equal(typed, Tag.ValueOf(text, span, Published, withType: true));
}
