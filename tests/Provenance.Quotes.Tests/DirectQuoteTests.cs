using Provenance.Core.Annotations;

namespace Provenance.Quotes.Tests;

public sealed class DirectQuoteTests
{
    [Theory]
    [InlineData("“We will not sign this agreement,” Maria Olsen said.", "We will not sign this agreement,")]
    [InlineData("\"We will not sign this agreement,\" Maria Olsen said.", "We will not sign this agreement,")]
    [InlineData("‘We will not sign this agreement,’ Maria Olsen said.", "We will not sign this agreement,")]
    [InlineData("'We will not sign this agreement,' Maria Olsen said.", "We will not sign this agreement,")]
    public void Direct_quote_in_any_mark_style_is_the_text_inside_the_marks(string text, string expected)
    {
        var quote = QuoteFixture.Single(text);

        Assert.Equal(expected, quote.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Maria Olsen", quote.Speaker);
        Assert.Equal("said", quote.Cue);
        Assert.False(quote.Anonymous);
    }

    [Fact]
    public void Inverted_cue_after_the_quote_names_the_speaker()
    {
        var quote = QuoteFixture.Single("Maria Olsen chairs the committee.\n\n“The vote is lost,” said Olsen.");

        Assert.Equal("The vote is lost,", quote.Text);
        Assert.Equal("Maria Olsen", quote.Speaker);
        Assert.Equal("direct.trailing-cue", quote.Rule);
    }

    [Fact]
    public void Name_particle_is_kept_in_the_fullest_name()
    {
        var quote = QuoteFixture.Single("Pieter van der Berg, a retired admiral, spoke on Monday.\n\n“The fleet is not ready,” said van der Berg.");

        Assert.Equal("Pieter van der Berg", quote.Speaker);
    }

    [Fact]
    public void Leading_cue_with_colon_attributes_the_quote()
    {
        var quote = QuoteFixture.Single("Senator Ruth Anders said: “This budget is a fantasy. Nobody believes it.”");

        Assert.Equal("This budget is a fantasy. Nobody believes it.", quote.Text);
        Assert.Equal("Ruth Anders", quote.Speaker);
        Assert.Equal("direct.leading-cue", quote.Rule);
    }

    [Fact]
    public void Quote_over_several_sentences_is_one_record()
    {
        var quote = QuoteFixture.Single("“Prices are falling. Wages are rising. That is the whole story,” the finance minister, Carla Mendes, said.");

        Assert.Equal("Prices are falling. Wages are rising. That is the whole story,", quote.Text);
    }

    [Fact]
    public void Nested_single_quotes_stay_inside_the_outer_quote()
    {
        var quote = QuoteFixture.Single("“He told me, ‘We are done talking,’ and hung up,” Tomas Berg said.");

        Assert.Equal("He told me, ‘We are done talking,’ and hung up,", quote.Text);
        Assert.Equal("Tomas Berg", quote.Speaker);
    }

    [Fact]
    public void Quote_split_by_its_cue_is_one_record()
    {
        var quote = QuoteFixture.Single("“When the harvest fails,” the statement said, “the cities go hungry first.”");

        Assert.Equal("When the harvest fails,” the statement said, “the cities go hungry first.", quote.Text);
        Assert.True(quote.Anonymous);
    }

    [Fact]
    public void Multi_paragraph_quote_that_reopens_each_paragraph_is_one_record()
    {
        const string text = "Governor Lena Fiske spoke at length.\n\n“The river has flooded twice this year.\n\n“We cannot keep rebuilding the same bridge,” she said.";
        var quote = QuoteFixture.Single(text);

        Assert.Equal("The river has flooded twice this year.\n\n“We cannot keep rebuilding the same bridge,", quote.Text);
        Assert.Equal("Lena Fiske", quote.Speaker);
    }

    [Fact]
    public void Pronoun_resolves_to_the_person_introduced_before()
    {
        var quotes = QuoteFixture.Quotes("Oleg Varga, the central bank governor, met investors in Vienna on Tuesday.\n\n“Inflation has peaked,” he said.");

        var quote = Assert.Single(quotes);
        Assert.Equal("Oleg Varga", quote.Speaker);
    }

    [Fact]
    public void Surname_resolves_to_the_fullest_name_without_titles()
    {
        var quotes = QuoteFixture.Quotes("Finnish Foreign Minister Anna Lindqvist arrived late.\n\n“The border stays closed,” Lindqvist said.");

        Assert.Equal("Anna Lindqvist", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void Role_reference_resolves_to_the_person_with_that_role()
    {
        const string text = "Brazilian envoy Paulo Reis met the delegation.\n\nThe weather was poor.\n\n“Nothing was agreed,” the Brazilian envoy said.";

        Assert.Equal("Paulo Reis", Assert.Single(QuoteFixture.Quotes(text)).Speaker);
    }

    [Fact]
    public void Anonymous_speaker_keeps_its_descriptor()
    {
        var quote = QuoteFixture.Single("“We expect a decision within days,” a senior European diplomat told Reuters.");

        Assert.Equal("a senior European diplomat", quote.Speaker);
        Assert.True(quote.Anonymous);
        Assert.Equal("Reuters", quote.Outlet);
    }

    [Fact]
    public void Unattributed_quote_paragraph_goes_to_the_previous_speaker()
    {
        const string text = "“The talks failed,” said Ines Kovac, the mediator.\n\n“Both sides walked out before noon and nobody called them back.”";
        var quotes = QuoteFixture.Quotes(text);

        Assert.Equal(2, quotes.Count);
        Assert.Equal("Ines Kovac", quotes[1].Speaker);
        Assert.Equal("direct.unattributed", quotes[1].Rule);
    }

    [Theory]
    [InlineData("The so-called “reform” changed nothing for the farmers.")]
    [InlineData("Critics call them the “princes” of the regime.")]
    [InlineData("She reviewed the novel “The Long Winter” for the weekly.")]
    public void Scare_quotes_and_titles_are_not_quotes(string text)
    {
        Assert.Empty(QuoteFixture.Quotes(text));
    }

    [Fact]
    public void Rhetorical_question_of_the_author_is_not_a_quote()
    {
        Assert.Empty(QuoteFixture.Quotes("Who really believes the ceasefire will hold? Not the farmers near the front line."));
    }

    [Fact]
    public void Apostrophes_do_not_open_single_quotes()
    {
        Assert.Empty(QuoteFixture.Quotes("The ministers’ plan didn’t survive the week, and the party’s leaders know it."));
    }
}
