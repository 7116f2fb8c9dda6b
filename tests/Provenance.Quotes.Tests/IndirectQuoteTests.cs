using Provenance.Core.Annotations;

namespace Provenance.Quotes.Tests;

public sealed class IndirectQuoteTests
{
    [Theory]
    [InlineData("Maria Olsen told the Baltic Times that the pipeline would reopen in spring.", "told", "Baltic Times")]
    [InlineData("Maria Olsen told the Baltic Times the pipeline would reopen in spring.", "told", "Baltic Times")]
    [InlineData("Maria Olsen said the pipeline would reopen in spring.", "said", null)]
    [InlineData("Maria Olsen warned that the pipeline would reopen in spring.", "warned", null)]
    [InlineData("Maria Olsen has also stressed that the pipeline would reopen in spring.", "stressed", null)]
    [InlineData("Maria Olsen believes the pipeline would reopen in spring.", "believes", null)]
    [InlineData("Maria Olsen told Reuters in an interview on Monday that the pipeline would reopen in spring.", "told", "Reuters")]
    [InlineData("Maria Olsen told me the pipeline would reopen in spring.", "told", null)]
    [InlineData("Maria Olsen told us that the pipeline would reopen in spring.", "told", null)]
    [InlineData("Maria Olsen told her that the pipeline would reopen in spring.", "told", null)]
    public void Subject_cue_reports_the_clause_after_the_cue(string text, string cue, string? outlet)
    {
        var quote = QuoteFixture.Single(text);

        Assert.Equal("the pipeline would reopen in spring", quote.Text);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Maria Olsen", quote.Speaker);
        Assert.Equal(cue, quote.Cue);
        Assert.Equal(outlet, quote.Outlet);
    }

    [Theory]
    [InlineData("The pipeline would reopen in spring, a Polish energy official said.", "a Polish energy official")]
    [InlineData("The pipeline would reopen in spring, two people familiar with the talks said.", "two people familiar with the talks")]
    [InlineData("The pipeline would reopen in spring, said a person familiar with the matter.", "a person familiar with the matter")]
    [InlineData("The pipeline would reopen in spring, sources told Bloomberg.", "sources")]
    public void Trailing_cue_reports_the_clause_before_it_with_an_anonymous_speaker(string text, string speaker)
    {
        var quote = QuoteFixture.Single(text);

        Assert.Equal("The pipeline would reopen in spring", quote.Text);
        Assert.Equal(speaker, quote.Speaker);
        Assert.True(quote.Anonymous);
        Assert.Equal("indirect.trailing-cue", quote.Rule);
    }

    [Fact]
    public void Outlet_citing_a_source_gives_the_source_as_speaker_and_the_outlet()
    {
        var quote = QuoteFixture.Single("The pipeline would reopen in spring, Bloomberg reported, citing two European officials.");

        Assert.Equal("two European officials", quote.Speaker);
        Assert.Equal("Bloomberg", quote.Outlet);
    }

    [Fact]
    public void Outlet_reporting_alone_is_speaker_and_outlet()
    {
        var quote = QuoteFixture.Single("The pipeline would reopen in spring, Reuters reported.");

        Assert.Equal("Reuters", quote.Speaker);
        Assert.Equal("Reuters", quote.Outlet);
        Assert.False(quote.Anonymous);
    }

    [Fact]
    public void Sources_tell_outlet_in_the_middle_of_the_sentence()
    {
        var quote = QuoteFixture.Single("The package has three parts, sources tell Politico: loans, grants and guarantees.");

        Assert.Equal("sources", quote.Speaker);
        Assert.Equal("Politico", quote.Outlet);
        Assert.Contains("The package has three parts", quote.Text);
    }

    [Theory]
    [InlineData("According to Maria Olsen, the pipeline would reopen in spring.")]
    [InlineData("The pipeline would reopen in spring, according to Maria Olsen.")]
    public void According_to_attributes_the_rest_of_the_sentence(string text)
    {
        var quote = QuoteFixture.Single(text);

        Assert.Equal("the pipeline would reopen in spring", quote.Text, ignoreCase: true);
        Assert.Equal("Maria Olsen", quote.Speaker);
        Assert.Equal("According to", quote.Cue, ignoreCase: true);
        Assert.Equal("indirect.according-to", quote.Rule);
    }

    [Fact]
    public void According_to_an_outlet_makes_it_speaker_and_outlet()
    {
        var quote = QuoteFixture.Single("According to the Financial Times, the fund will close next year.");

        Assert.Equal("Financial Times", quote.Speaker);
        Assert.Equal("Financial Times", quote.Outlet);
    }

    [Fact]
    public void Cue_in_the_middle_covers_the_whole_sentence()
    {
        const string text = "Carla Mendes spoke after the vote.\n\nThe coalition, she said, must agree on a budget before July.";
        var quote = QuoteFixture.Single(text);

        Assert.Equal("The coalition, she said, must agree on a budget before July", quote.Text);
        Assert.Equal("Carla Mendes", quote.Speaker);
        Assert.Equal("indirect.parenthetical-cue", quote.Rule);
    }

    [Fact]
    public void Continuation_participle_shares_the_speaker()
    {
        var quotes = QuoteFixture.Quotes("Maria Olsen warned that prices would rise, urging households to insulate their homes.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("prices would rise", quotes[0].Text);
        Assert.Equal("households to insulate their homes", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal("Maria Olsen", q.Speaker));
        Assert.Equal("indirect.continuation", quotes[1].Rule);
    }

    [Fact]
    public void Speaker_introduced_in_an_earlier_sentence_is_found_through_the_pronoun()
    {
        const string text = "Kurt Lehmann runs the port authority in Rostock. He said the new terminal would open in May.";
        var quote = QuoteFixture.Single(text);

        Assert.Equal("the new terminal would open in May", quote.Text);
        Assert.Equal("Kurt Lehmann", quote.Speaker);
    }

    [Fact]
    public void Reported_clause_with_a_quoted_fragment_is_mixed()
    {
        var quote = QuoteFixture.Single("Maria Olsen said the proposal was “dead on arrival” in its current form.");

        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal("the proposal was “dead on arrival” in its current form", quote.Text);
    }

    [Fact]
    public void Appositive_between_speaker_and_cue_is_skipped()
    {
        var quote = QuoteFixture.Single("Pieter de Vries OBE, a former army colonel, told the Daily Mail that the drones were a test.");

        Assert.Equal("Pieter de Vries", quote.Speaker);
        Assert.Equal("Daily Mail", quote.Outlet);
        Assert.Equal("the drones were a test", quote.Text);
    }

    [Fact]
    public void Interview_outlet_applies_to_the_speakers_statements_in_the_paragraph()
    {
        const string text = "Speaking in an interview with Die Welt, Ulrich Brandt said the army needed more recruits. He added that training would take years.";
        var quotes = QuoteFixture.Quotes(text);

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Die Welt", q.Outlet));
    }

    [Fact]
    public void Outlet_from_an_earlier_paragraph_does_not_carry_over()
    {
        const string text = "A senior official told Axios the deal was close.\n\nThe deal would cover energy and grain, the official said.";
        var quotes = QuoteFixture.Quotes(text);

        Assert.Equal(2, quotes.Count);
        Assert.Equal("Axios", quotes[0].Outlet);
        Assert.Null(quotes[1].Outlet);
    }

    [Theory]
    [InlineData("Washington hopes to see the conflict settled by winter.")]
    [InlineData("I think the plan is doomed.")]
    [InlineData("We said this in our newsletter last week.")]
    [InlineData("The report was expected to appear in May.")]
    public void Non_attributions_are_not_quotes(string text)
    {
        Assert.Empty(QuoteFixture.Quotes(text));
    }

    [Fact]
    public void Report_inside_a_reported_clause_is_part_of_it()
    {
        var quotes = QuoteFixture.Quotes("The official said the cabinet thinks the plan can pass.");

        var quote = Assert.Single(quotes);
        Assert.Equal("the cabinet thinks the plan can pass", quote.Text);
        Assert.Equal("The official", quote.Speaker);
    }

    [Theory]
    [InlineData("Maria Olsen spoke in Gdansk. Olsen’s claim that the pipeline would reopen in spring surprised traders.", "claim", "Maria Olsen")]
    [InlineData("Maria Olsen spoke in Gdansk. Her warning that the pipeline would reopen in spring surprised traders.", "warning", "Maria Olsen")]
    public void Possessive_noun_cue_reports_the_clause_after_that(string text, string cue, string speaker)
    {
        var quote = QuoteFixture.Quotes(text).Single(q => q.Cue == cue);

        Assert.Equal("indirect.noun-cue", quote.Rule);
        Assert.Equal(speaker, quote.Speaker);
        Assert.StartsWith("the pipeline would reopen in spring", quote.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The claim that the pipeline would reopen in spring surprised traders.")]
    [InlineData("Polish claims that the pipeline would reopen in spring surprised traders.")]
    public void Noun_cue_without_a_possessor_is_not_a_quote(string text)
    {
        Assert.DoesNotContain(QuoteFixture.Quotes(text), q => q.Rule == "indirect.noun-cue");
    }
}
