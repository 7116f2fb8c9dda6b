using Provenance.Voice;

namespace Provenance.Voice.Tests;

public class SignalTests
{
    [Theory]
    [InlineData("Lakeside Forum (repost of Jane Roe, Bears and Bulls)", "Bears and Bulls", "metadata:repost-of")]
    [InlineData("Daily Notes (reposting RT)", "RT", "metadata:repost-of")]
    [InlineData("Caspian Policy Institute (reposted by Some Site)", "Caspian Policy Institute", "metadata:reposted-by")]
    [InlineData("Baku Daily (citing Reuters)", "Reuters", "metadata:citing")]
    [InlineData("Ivan Petrov (Telegram channel, via news-site.example)", "Telegram channel", "metadata:via")]
    [InlineData("Peace Institute (Jane K. Roe, Eurasia Monitor)", "Eurasia Monitor", "metadata:author-publication")]
    [InlineData("Lakeside Forum (repost of Eastern Notes Substack translation of a minister's post)", "Eastern Notes", "metadata:repost-of")]
    [InlineData("Forum (repost of the Washington Post)", "the Washington Post", "metadata:repost-of")]
    public void An_outlet_field_that_describes_a_copy_names_the_original(string outlet, string source, string evidence)
    {
        var signal = RepostSignal.FromOutletField(outlet);

        Assert.NotNull(signal);
        Assert.Equal(source, signal.Source);
        Assert.Equal(evidence, signal.Evidence);
    }

    [Theory]
    [InlineData("Harbor Times")]
    [InlineData("Meaning of Things (Substack)")]
    [InlineData("Caspian Policy Institute (Eurasia Monitor index page)")]
    [InlineData("UNN (Ukrainian National News), relaying an assessment")]
    [InlineData(null)]
    public void An_outlet_field_that_describes_the_outlet_itself_is_no_copy(string? outlet)
    {
        Assert.Null(RepostSignal.FromOutletField(outlet));
    }

    [Theory]
    [InlineData("He said: “I will not resign, my friends.” The vote is Monday.", "I will", "The vote is Monday.")]
    [InlineData("It’s his ‘red line’, he said.", "red line", "It’s his")]
    [InlineData("An unclosed “quote runs on", "runs on", "An unclosed")]
    public void Quoted_words_are_blanked_and_apostrophes_kept(string text, string blanked, string kept)
    {
        var outside = QuotedText.Outside(text);

        Assert.Equal(text.Length, outside.Length);
        Assert.DoesNotContain(blanked, outside, StringComparison.Ordinal);
        Assert.Contains(kept, outside, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Zoom in: The plan has four parts, sources tell Northwind News.", "section-label")]
    [InlineData("The envoy told the Harbor Times in an interview that he was hopeful.", "outlet-attribution")]
    [InlineData("“We are ready,” the official said.", "quote-said")]
    [InlineData("The ministry denied it (Kyiv Ledger, March 3).", "inline-citation")]
    [InlineData("The regions will seek loans. - the analysts note.", "trailing-attribution")]
    public void News_copy_signals_are_recognised(string paragraph, string cue)
    {
        var register = ParagraphRegister.Of(paragraph);

        Assert.Contains(cue, register.Cues);
        Assert.True(register.Score > 0);
    }

    [Theory]
    [InlineData("I think they are bluffing about the whole thing again.", "first-person")]
    [InlineData("This is a total disgrace and they know it!", "exclamation")]
    [InlineData("Alaska, eh?", "colloquial")]
    [InlineData("It’s important that they keep pretending to be afraid of an invasion.", "opening-contraction")]
    [InlineData("MY VIEW IS THAT THIS IS ALL THEATRE.", "shouting")]
    [InlineData("They argue that the old guard must go before any deal is possible.", "meta-commentary")]
    public void Author_voice_signals_are_recognised(string paragraph, string cue)
    {
        var register = ParagraphRegister.Of(paragraph);

        Assert.Contains(cue, register.Cues);
        Assert.True(register.Score < 0);
    }

    [Fact]
    public void First_person_inside_a_quotation_or_a_roman_numeral_is_not_the_authors()
    {
        Assert.DoesNotContain("first-person", ParagraphRegister.Of("“I will not sign this,” the minister said after the meeting.").Cues);
        Assert.DoesNotContain("first-person", ParagraphRegister.Of("Exhaustion after World War I pushed the elites to act against the tsar.").Cues);
    }

    [Theory]
    [InlineData("Here is the latest:", LeadInStrength.Strong)]
    [InlineData("This is from the Caspian Policy Institute. Here:", LeadInStrength.Strong)]
    [InlineData("The hawks now insist that more weapons are the road to calm:", LeadInStrength.Weak)]
    public void A_paragraph_ending_in_a_colon_before_a_long_one_is_a_lead_in(string paragraph, LeadInStrength strength)
    {
        Assert.Equal(strength, LeadIn.Classify(paragraph, "Military experts have warned that the alliance must take the incursions seriously or risk worse."));
    }

    [Fact]
    public void A_colon_before_a_short_list_item_is_no_lead_in()
    {
        Assert.Equal(LeadInStrength.None, LeadIn.Classify("They are:", "The truce never held"));
    }

    [Theory]
    [InlineData("This is from Jamestown, a policy organisation. Here:", "Jamestown")]
    [InlineData("You can watch an account of it in this Youtube. We shall see:", "YouTube")]
    [InlineData("I’ll leave you with a post from a channel on Telegram. Here:", "Telegram channel")]
    [InlineData("The Harbor Times reports:", "Harbor Times")]
    [InlineData("Here is the latest:", null)]
    public void A_lead_in_names_its_source_when_it_can(string leadIn, string? source)
    {
        Assert.Equal(source, SourceNames.FromLeadIn(leadIn));
    }

    [Fact]
    public void Attributions_name_the_outlet_and_not_a_person_shown_speaking()
    {
        string[] passage =
        [
            "Dmitri Volkov told Northwind News in an interview that he was optimistic.",
            "The aim is a written document, according to Volkov.",
        ];
        var text = string.Join('\n', passage) + "\nVolkov said the effort was unrelated.";

        Assert.Equal("Northwind News", SourceNames.FromAttributions(passage, text));
    }

    [Theory]
    [InlineData("ISW", "A report by the Institute for the Study of War (ISW) says so.", "Institute for the Study of War")]
    [InlineData("FAZ", "No definition here.", "FAZ")]
    [InlineData("Harbor Times", "Harbor Times (HT) wrote.", "Harbor Times")]
    public void Abbreviations_expand_to_the_documents_own_definition(string name, string text, string expected)
    {
        Assert.Equal(expected, Abbreviations.Expand(name, text));
    }
}
