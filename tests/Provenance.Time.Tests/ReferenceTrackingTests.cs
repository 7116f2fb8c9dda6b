using Provenance.Core;

namespace Provenance.Time.Tests;

/// <summary>
/// Business-news periods and expressions that lean on what the text mentioned before them: quarters, "the
/// quarter", "a year earlier", "that year", holidays, spelled-out years, and the TimeBank convention switch.
/// </summary>
public class ReferenceTrackingTests
{
    // Thursday 23 October 2025: in the fourth quarter, when third-quarter results come out.
    private const string Published = "2025-10-23";

    [Theory]
    [InlineData("Halvorsen Foods said net income rose 12% in the quarter.", "the quarter", "2025-Q3")]
    [InlineData("Revenue in the latest quarter climbed to $1.2 billion, Brightwater Mining said.", "the latest quarter", "2025-Q3")]
    [InlineData("Profit beat forecasts in Q3, the chief executive said.", "Q3", "2025-Q3")]
    [InlineData("Analysts expect margins to widen in Q1 2026.", "Q1 2026", "2026-Q1")]
    public void A_quarter_without_a_year_is_the_one_a_report_covers(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published));

    [Fact]
    public void The_quarter_follows_the_quarter_the_story_named() =>
        Assert.Equal(
            "the second quarter=2025-Q2 | the quarter=2025-Q2",
            Tag.Show("Coastline Rail posted a loss for the second quarter. Sales in the quarter fell 4%.", Published));

    [Theory]
    [InlineData("Net income was $5 million in the third quarter, up from $4 million a year earlier.", "a year earlier", "2024-Q3")]
    [InlineData("Third-quarter sales rose 8% from the year-earlier quarter.", "the year-earlier quarter", "2024-Q3")]
    [InlineData("The third quarter was weak; the year-ago period had a one-time gain.", "the year-ago period", "2024-Q3")]
    public void Year_earlier_forms_go_back_a_year_from_the_quarter_in_question(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published));

    [Fact]
    public void Year_earlier_as_an_adjective_is_a_year() =>
        Assert.Equal("2024", Tag.ValueOf("Year-earlier profit was restated after the audit.", "Year-earlier", Published));

    [Theory]
    [InlineData("The fourth quarter was the weakest of last year, the board said in February.", "2026-02-10", "The fourth quarter", "2025-Q4")]
    [InlineData("Sales in the fourth quarter will decide the bonus, the board said.", "2026-02-10", "the fourth quarter", "2026-Q4")]
    [InlineData("Output rose in the 2024 third quarter.", "2026-02-10", "the 2024 third quarter", "2024-Q3")]
    [InlineData("Orders for next year's first quarter are strong.", "2025-10-23", "next year's first quarter", "2026-Q1")]
    public void Named_quarters_take_their_year_from_the_text_or_the_tense(string text, string published, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, published));

    [Fact]
    public void Quarter_amounts_keep_the_quarter_unit() =>
        Assert.Equal("DURATION:P2Q", Tag.ValueOf("Margins have shrunk over the past two quarters.", "the past two quarters", Published, withType: true));

    [Theory]
    [InlineData("For the year, the group expects revenue of about $3 billion.", "the year", "DATE:2025")]
    [InlineData("Earnings for the fiscal year ended June 30 were flat.", "the fiscal year", "DURATION:P1Y")]
    public void The_year_is_the_reference_year_or_an_accounting_year(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published, withType: true));

    [Fact]
    public void That_year_is_the_year_the_text_last_mentioned() =>
        Assert.Equal(
            "1998=1998 | Later that year=1998",
            Tag.Show("The mill closed in 1998. Later that year the town lost its bank too.", Published));

    [Fact]
    public void That_same_day_is_the_day_the_text_last_mentioned() =>
        Assert.Equal(
            "March 3=2025-03-03 | that same day=2025-03-03",
            Tag.Show("The strike began on March 3. The port closed that same day.", Published));

    [Theory]
    [InlineData("Shoppers crowded the malls after Thanksgiving Day, retailers said.", "Thanksgiving Day", "2025-11-27")]
    [InlineData("Organisers hope the parade will return on Thanksgiving Day.", "Thanksgiving Day", "2026-11-26")]
    [InlineData("Families gathered on Christmas Eve in the cold.", "Christmas Eve", "2025-12-24")]
    [InlineData("Turnout on Election Day surprised both parties.", "Election Day", "2025-11-04")]
    [InlineData("The bishop expects that churches will be full at Easter.", "Easter", "2026-04-05")]
    [InlineData("Families gathered on Christmas\n Eve in the cold.", "Christmas\n Eve", "2025-12-24")]
    [InlineData("Fireworks were banned on Independence Day last year.", "Independence Day", "2025-07-04")]
    [InlineData("Parades were cancelled on Ukraine's Independence Day last year.", "Independence Day", "XXXX-XX-XX")]
    public void Holidays_resolve_to_their_dates(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, "2026-01-10"));

    [Theory]
    [InlineData("The law was first passed in nineteen ninety-six, the host said.", "nineteen ninety-six", "1996")]
    [InlineData("It opened in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01")]
    [InlineData("Computers were meant to fail in the year two thousand.", "the year two thousand", "2000")]
    public void Spelled_out_years_in_transcripts(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published));

    [Fact]
    public void Spelled_numbers_without_a_year_cue_are_not_years() =>
        Assert.Equal("", Tag.Show("She counted nineteen ninety-six times and gave up.", Published));

    [Theory]
    [InlineData("Talks resume in January, the mediator says.", "January", "2026-01")]
    [InlineData("Talks broke down in January, the mediator said.", "January", "2025-01")]
    [InlineData("The contract expires Feb. 1, the union says.", "Feb. 1", "2026-02-01")]
    public void Months_well_behind_the_reference_are_next_years_unless_told_in_the_past(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published));

    [Theory]
    [InlineData("The family has until Tuesday to respond, officials said.", "Tuesday", "2025-10-28")]
    [InlineData("The group could leave as early as Saturday, the spokesman said.", "Saturday", "2025-10-25")]
    public void Deadline_words_put_a_weekday_ahead(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published));

    [Theory]
    [InlineData("The embassy staff left Pakistan today on orders from the capital.", "today", "2025-10-23")]
    [InlineData("Moscow today resembles a museum of unfinished projects.", "today", "PRESENT_REF")]
    [InlineData("Today, young people see those symbols differently.", "Today", "PRESENT_REF")]
    [InlineData("Today, the minister said, the border was reopened.", "Today", "2025-10-23")]
    public void Today_is_the_day_unless_it_describes_the_present(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published));

    [Theory]
    [InlineData("The talks lasted 2 1/2 years before collapsing.", "2 1/2 years", "P2.5Y")]
    [InlineData("The anthem played for a minute and a half.", "a minute and a half", "PT1.5M")]
    [InlineData("Prices have climbed in recent years, the survey found.", "recent years", "PXY")]
    public void Fractions_and_vague_amounts(string text, string span, string value) =>
        Assert.Equal(value, Tag.ValueOf(text, span, Published));

    [Fact]
    public void Clock_time_on_a_calendar_day() =>
        Assert.Equal("TIME:2025-11-09T17:00", Tag.ValueOf("Bids are due by 5 p.m. EST, Nov. 9, the agency said.", "5 p.m. EST, Nov. 9", Published, withType: true));

    [Fact]
    public void TimeBank_convention_leaves_previously_and_soon_untagged_but_keeps_now_and_recently()
    {
        const string text = "The minister had previously denied it. Prices are high now, rose recently and will fall soon.";
        var options = new TimeOptions { Convention = TimexConvention.TimeBank };
        var document = Tag.Run(text, Published, options);
        var found = string.Join(" | ", document.Get(Layers.Timex).Select(t => $"{document.TextOf(t)}={t.Value}"));
        Assert.Equal("now=PRESENT_REF | recently=PAST_REF", found);
        Assert.Contains("previously=PAST_REF", Tag.Show(text, Published), StringComparison.Ordinal);
    }
}
