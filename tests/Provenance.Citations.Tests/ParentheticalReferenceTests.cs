using Provenance.Core.Annotations;

namespace Provenance.Citations.Tests;

public class ParentheticalReferenceTests
{
    private static readonly DateOnly March2024 = new(2024, 3, 10);

    [Fact]
    public void Each_item_of_a_reference_list_is_one_record_without_parentheses_or_separators()
    {
        var (document, citations) = Cite.Run("The ministry denied the report (Kyiv Ledger, March 3; Baltic Wire, March 5). Talks resumed.", March2024);

        Assert.Equal(["Kyiv Ledger, March 3", "Baltic Wire, March 5"], citations.Select(document.TextOf));
        Assert.Equal(["Kyiv Ledger", "Baltic Wire"], citations.Select(c => c.Outlet));
        Assert.Equal(["2024-03-03", "2024-03-05"], citations.Select(c => c.Date));
        Assert.All(citations, c => Assert.Equal(CitationKind.Parenthetical, c.Kind));
        Assert.All(citations, c => Assert.Equal("parenthetical", c.Rule));
    }

    [Fact]
    public void A_leading_see_is_left_out_and_a_written_year_wins_over_the_reference_year()
    {
        var (document, citations) = Cite.Run("Exports fell sharply (see Policy Monitor, June 2, 2021; Harbor Times, February 9).", March2024);

        Assert.Equal(["Policy Monitor, June 2, 2021", "Harbor Times, February 9"], citations.Select(document.TextOf));
        Assert.Equal(["2021-06-02", "2024-02-09"], citations.Select(c => c.Date));
    }

    [Fact]
    public void Without_a_reference_date_the_year_stays_unknown()
    {
        var (_, citations) = Cite.Run("Two officers were wounded in the raid (Caspian Wire, April 16).");

        var citation = Assert.Single(citations);
        Assert.Equal("XXXX-04-16", citation.Date);
        Assert.Equal("Caspian Wire", citation.Outlet);
    }

    [Fact]
    public void A_year_stated_in_the_same_sentence_with_the_same_month_dates_the_reference()
    {
        var (_, citations) = Cite.Run("The drill, called Northern Shield 2019, ran on May 4–9 (Minsk Herald, May 9). It was the largest so far.");

        Assert.Equal("2019-05-09", Assert.Single(citations).Date);
    }

    [Fact]
    public void A_year_in_the_sentence_about_another_time_does_not_date_the_reference()
    {
        var (_, citations) = Cite.Run("Violence not seen since the autumn of 2005 returned to the valley (Caspian Wire, April 2).");

        Assert.Equal("XXXX-04-02", Assert.Single(citations).Date);
    }

    [Theory]
    [InlineData("Putin’s Two Wars Against the West (Part Two)")]
    [InlineData("He called them partisans (not his words) in the speech.")]
    [InlineData("The new (84.3-kilometer) road opens next year.")]
    [InlineData("Since the civil war (March 1921–May 1922), no such riots occurred.")]
    [InlineData("Photo: the two leaders in Anchorage (Getty Images)")]
    [InlineData("The exercise ran on July 11–18 (in Belarus) as planned.")]
    public void Parentheses_that_are_no_reference_give_no_record(string text)
    {
        Assert.Empty(Cite.Texts(text, March2024));
    }

    [Fact]
    public void A_name_run_into_its_date_is_kept_with_low_confidence()
    {
        var (document, citations) = Cite.Run("He signalled no flexibility (Harbor Review policyAugust 5). The talks stalled.", March2024);

        var citation = Assert.Single(citations);
        Assert.Equal("Harbor Review policyAugust 5", document.TextOf(citation));
        Assert.Equal("Harbor Review policy", citation.Outlet);
        Assert.Equal("2024-08-05", citation.Date);
        Assert.True(citation.Confidence < 1);
        Assert.Equal("parenthetical.garbled", citation.Rule);
    }

    [Fact]
    public void An_impossible_day_is_kept_without_a_date_and_with_low_confidence()
    {
        var (_, citations) = Cite.Run("The minister resigned (Harbor Review, September 36).", March2024);

        var citation = Assert.Single(citations);
        Assert.Equal("Harbor Review", citation.Outlet);
        Assert.Null(citation.Date);
        Assert.True(citation.Confidence < 1);
    }

    [Fact]
    public void Month_abbreviations_and_day_first_dates_are_read()
    {
        var (_, citations) = Cite.Run("Prices rose (Kyiv Ledger, Oct. 4; Baltic Wire, 12 Nov 2022).", March2024);

        Assert.Equal(["2024-10-04", "2022-11-12"], citations.Select(c => c.Date));
    }

    [Fact]
    public void A_bare_name_beside_dated_items_is_an_item_without_a_date()
    {
        var (document, citations) = Cite.Run("The governor resigned (Kyiv Ledger, March 3; Baltic Wire).", March2024);

        Assert.Equal(["Kyiv Ledger, March 3", "Baltic Wire"], citations.Select(document.TextOf));
        Assert.Equal(["2024-03-03", null], citations.Select(c => c.Date));
    }

    [Fact]
    public void A_list_of_bare_names_is_no_reference()
    {
        Assert.Empty(Cite.Texts("Both agencies carried it (Reuters; Interfax).", March2024));
    }
}
