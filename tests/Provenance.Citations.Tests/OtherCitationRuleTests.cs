using Provenance.Citations;
using Provenance.Core;
using Provenance.Core.Annotations;

namespace Provenance.Citations.Tests;

public class OtherCitationRuleTests
{
    [Fact]
    public void Bracketed_endnote_markers_are_recorded_as_their_number()
    {
        var (document, citations) = Cite.Run("Kyiv offered coal at cost.[1] Chisinau declined the offer.[12] Talks went on.");

        Assert.Equal(["1", "12"], citations.Select(document.TextOf));
        Assert.All(citations, c => Assert.Equal(CitationKind.Endnote, c.Kind));
        Assert.All(citations, c => Assert.Null(c.Date));
    }

    [Fact]
    public void A_number_glued_to_closing_punctuation_is_an_endnote_marker()
    {
        var (document, citations) = Cite.Run("Nobody has said what a deal would look like.3 “Without a plan,” she wrote, “we drift.”\nThe front moved 12 miles in a week.4\nNext item");

        Assert.Equal(["3", "4"], citations.Select(document.TextOf));
    }

    [Fact]
    public void A_marked_sentence_that_names_a_column_gives_the_note_its_outlet()
    {
        var (_, citations) = Cite.Run("Rachel Stone argued in her latest Harbor Times column that the talks might fail.1 Another view follows.");

        Assert.Equal("Harbor Times", Assert.Single(citations).Outlet);
    }

    [Theory]
    [InlineData("[1] Harbor Times, March 3, 2024.")]
    [InlineData("Version 2.0 of the plan was leaked.")]
    [InlineData("The F-16 and the Su-35 were compared in 2024.")]
    [InlineData("See p.2 Figure 3 for the map.")]
    public void Numbers_that_are_no_endnote_markers_give_no_record(string text)
    {
        Assert.Empty(Cite.Texts(text));
    }

    [Fact]
    public void A_read_the_full_article_pointer_cites_its_domain()
    {
        var (document, citations) = Cite.Run("The envoy hopes for a deal by winter.\nRead Full Article Here…(example-news.com)\nHome | Our Channel (example.org)");

        var citation = Assert.Single(citations);
        Assert.Equal("example-news.com", document.TextOf(citation));
        Assert.Equal("example-news.com", citation.Outlet);
        Assert.Null(citation.Date);
    }

    [Fact]
    public void A_bibliographic_reference_line_is_one_citation_of_its_venue()
    {
        var (document, citations) = Cite.Run("The regime is running out of options.\nMoreau, Claire B. (2023) Why the ceasefire failed, Atlantic Monitor (4–5). 14 March.");

        var citation = Assert.Single(citations);
        Assert.Equal("Moreau, Claire B. (2023) Why the ceasefire failed, Atlantic Monitor (4–5). 14 March", document.TextOf(citation));
        Assert.Equal("Atlantic Monitor", citation.Outlet);
        Assert.Equal("2023-03-14", citation.Date);
    }

    [Fact]
    public void Links_from_html_markup_are_hyperlink_citations_with_their_target()
    {
        const string Text = "The plan was first reported by the Harbor Times on Monday.";
        var anchor = Text.IndexOf("Harbor Times", StringComparison.Ordinal);
        var start = new Document("test", Text).With(Layers.Markup, [new MarkupSpan(anchor, anchor + "Harbor Times".Length, MarkupKind.Link, "https://www.harbortimes.example/2024/plan")]);

        var (document, citations) = Cite.Run(Text, start: start);

        var citation = Assert.Single(citations);
        Assert.Equal("Harbor Times", document.TextOf(citation));
        Assert.Equal(CitationKind.Hyperlink, citation.Kind);
        Assert.Equal("https://www.harbortimes.example/2024/plan", citation.Target);
        Assert.Equal("harbortimes.example", citation.Outlet);
    }

    [Fact]
    public void Attributions_to_outlets_are_left_out_unless_asked_for()
    {
        const string Text = "The plan has 28 points, according to the Daily Courier. Northwind News reported the talks.";

        Assert.Empty(Cite.Run(Text).Citations);

        var (document, citations) = Cite.Run(Text, options: new CitationOptions { IncludeAttributions = true });
        Assert.Equal(["Daily Courier", "Northwind News"], citations.Select(document.TextOf).Order());
        Assert.All(citations, c => Assert.Equal(CitationKind.Attribution, c.Kind));
    }

    [Theory]
    [InlineData("")]
    [InlineData("((((((;;;;))))))")]
    [InlineData("(;)")]
    [InlineData("(, May 3)")]
    [InlineData("[999999999999]")]
    [InlineData("(Harbor Times, February 30, 2023)")]
    [InlineData("\u0000\uFFFC(\uD800, May 1)")]
    public void Odd_input_never_throws(string text)
    {
        var exception = Record.Exception(() => Cite.Run(text));

        Assert.Null(exception);
    }
}
