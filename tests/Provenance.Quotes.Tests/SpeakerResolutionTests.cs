using Provenance.Core;
using Provenance.Core.Annotations;

namespace Provenance.Quotes.Tests;

public sealed class SpeakerResolutionTests
{
    [Fact]
    public void Surname_resolves_through_a_titled_name_after_an_organisation()
    {
        const string text = "The summit opened with a speech by NATO Secretary General Anneke Vos on Tuesday.\n"
            + "Vos told reporters that the alliance would raise its spending target next year.";

        var quote = QuoteFixture.Single(text);

        Assert.Equal("Anneke Vos", quote.Speaker);
        Assert.Equal("the alliance would raise its spending target next year", quote.Text);
    }

    [Fact]
    public void Entity_layer_gives_the_full_name_the_text_only_abbreviates()
    {
        const string text = "Dmitriev said the talks had moved forward after months of silence.";
        var segmented = QuoteFixture.Segment(text);
        var start = text.IndexOf("Dmitriev", StringComparison.Ordinal);
        var withEntities = segmented.With(Layers.Entities, [new EntityMention(start, start + "Dmitriev".Length, EntityType.Person, "Kirill Dmitriev")]);

        var withLayer = Assert.Single(new QuoteAnnotator().FindQuotes(withEntities, CancellationToken.None));
        var withoutLayer = Assert.Single(new QuoteAnnotator().FindQuotes(segmented, CancellationToken.None));

        Assert.Equal("Kirill Dmitriev", withLayer.Speaker);
        Assert.Equal("Dmitriev", withoutLayer.Speaker);
    }

    [Fact]
    public void Bare_definite_descriptor_refers_back_to_the_anonymous_speaker_before_it()
    {
        const string text = "The talks have stalled over the sequencing of the ceasefire, a senior U.S. official told Reuters. "
            + "The official said the cabinet still expects a deal before the winter.";

        var quotes = QuoteFixture.Quotes(text);

        Assert.Equal(2, quotes.Count);
        Assert.Equal("a senior U.S. official", quotes[0].Speaker);
        Assert.Equal("the senior U.S. official", quotes[1].Speaker);
        Assert.True(quotes[1].Anonymous);
        Assert.Equal("the cabinet still expects a deal before the winter", quotes[1].Text);
    }

    [Fact]
    public void Definite_descriptor_with_modifiers_of_its_own_is_a_new_speaker()
    {
        const string text = "The talks have stalled, a senior U.S. official told Reuters. "
            + "The Ukrainian official said Kyiv had not seen the text of the proposal.";

        var quotes = QuoteFixture.Quotes(text);

        Assert.Equal("The Ukrainian official", quotes[^1].Speaker);
    }

    [Fact]
    public void Pronoun_after_an_opening_adverbial_takes_the_subject_of_the_sentence_before()
    {
        const string text = "A U.S. official said the plan was final.\n"
            + "Earlier, Olena Marchenko had rejected any exchange of territory. She declared that Ukrainians would never give up their land.";

        var quote = QuoteFixture.Quotes(text).Single(q => q.Cue == "declared");

        Assert.Equal("Olena Marchenko", quote.Speaker);
        Assert.False(quote.Anonymous);
    }

    [Fact]
    public void Participle_after_a_subordinate_clause_continues_that_clause_s_subject()
    {
        const string text = "Donald Trump met the envoy in May. Kirill Dmitriev noted that the trade deal stays frozen after Trump walked out of the talks, saying he thought they were a waste of time.";

        var quote = QuoteFixture.Quotes(text).Single(q => q.Cue == "saying");

        Assert.Equal("Donald Trump", quote.Speaker);
        Assert.Equal("he thought they were a waste of time", quote.Text);
    }

    [Fact]
    public void Inverted_outlet_cue_citing_capitalised_US_officials_gives_the_officials()
    {
        var quote = QuoteFixture.Single("The administration is drafting a new plan in secret, reported Axios citing US and Russian officials.");

        Assert.Equal("US and Russian officials", quote.Speaker);
        Assert.True(quote.Anonymous);
        Assert.Equal("Axios", quote.Outlet);
    }

    [Fact]
    public void One_letter_slip_in_an_outlet_name_is_read_as_the_outlet_the_text_uses()
    {
        const string text = "Reuters obtained a copy of the budget on Friday. Reuters said the draft cuts farm aid.\n"
            + "Pensions would rise by four per cent, Reuter reports.";

        var quote = QuoteFixture.Quotes(text).Single(q => q.Text.StartsWith("Pensions would", StringComparison.Ordinal));

        Assert.Equal("Reuters", quote.Speaker);
        Assert.Equal("Reuters", quote.Outlet);
    }

    [Fact]
    public void One_letter_longer_name_of_a_person_is_not_taken_for_a_slip()
    {
        const string text = "Ivana Kovac spoke first. Ivana Kovac said the vote was fair.\n"
            + "Turnout was higher than expected, Ivan said.";

        var quote = QuoteFixture.Quotes(text).Single(q => q.Text.StartsWith("Turnout", StringComparison.Ordinal));

        Assert.Equal("Ivan", quote.Speaker);
    }

    [Fact]
    public void Participle_after_a_closing_quotation_is_not_part_of_the_statement()
    {
        const string text = "Olena Marchenko has opposed the idea. She declared that “our farmers will not hand their fields to any invader,” citing the constitution.";

        var quote = QuoteFixture.Single(text);

        Assert.Equal("Olena Marchenko", quote.Speaker);
        Assert.DoesNotContain("citing", quote.Text, StringComparison.Ordinal);
        Assert.Contains("our farmers will not hand their fields to any invader", quote.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("She", "Anna Berg")]
    [InlineData("He", "Tomas Lind")]
    public void Pronoun_skips_a_person_the_text_marks_as_the_other_gender(string pronoun, string expected)
    {
        var text = "Spokeswoman Anna Berg met Mr. Lind in Oslo. Tomas Lind later flew home. "
            + $"{pronoun} said that the ferry line would reopen in spring.";

        var quote = QuoteFixture.Quotes(text).Single(q => q.Cue == "said");

        Assert.Equal(expected, quote.Speaker);
    }
}
