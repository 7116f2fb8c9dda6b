namespace Provenance.Store.Tests;

public sealed class SearchQueryTests
{
    [Fact]
    public void Parse_reads_words_phrases_and_prefixes_in_order()
    {
        var query = SearchQuery.Parse("Witkoff \"peace plan\" sanction*");

        Assert.Equal(
            [new SearchTerm("Witkoff", false), new SearchTerm("peace plan", true), new SearchTerm("sanction", false, IsPrefix: true)],
            query.Terms);
    }

    [Fact]
    public void A_star_inside_a_word_is_an_ordinary_character()
    {
        var query = SearchQuery.Parse("*Kyiv Ky*iv");

        Assert.Equal([new SearchTerm("*Kyiv", false), new SearchTerm("Ky*iv", false)], query.Terms);
    }

    [Fact]
    public void Operator_words_are_kept_as_words()
    {
        var query = SearchQuery.Parse("peace AND plan OR NOT NEAR");

        Assert.Equal(["peace", "AND", "plan", "OR", "NOT", "NEAR"], query.Terms.Select(t => t.Text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n")]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("* ( ) - : ^")]
    [InlineData("\0\u0001")]
    public void A_query_without_letters_or_digits_is_empty(string? text)
    {
        Assert.True(SearchQuery.Parse(text).IsEmpty);
    }

    [Fact]
    public void Letters_outside_the_basic_plane_count_as_letters()
    {
        // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter written as a surrogate pair.
        Assert.False(SearchQuery.Parse("\U0001D400").IsEmpty);
    }
}
