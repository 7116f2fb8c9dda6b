using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Pipeline;
using Provenance.Segmentation;
using Provenance.Voice;

namespace Provenance.Voice.Tests;

public class VoiceAnnotatorTests
{
    [Fact]
    public void Unmarked_pasted_passage_after_a_lead_in_is_quoted_with_the_outlet_it_attributes_itself_to()
    {
        const string Text = """
            I have written about these back channels many times. Here is the newest twist:
            The two governments have quietly agreed on a prisoner exchange, officials on both sides told the Harbor Times on Sunday. The swap would involve 40 detainees and could happen within weeks.
            The talks began in August, a senior diplomat said, and were kept secret at the request of the mediators.
            Wow. Just wow.
            I doubt any of this will happen before the election, but we will see.
            """;

        Assert.Equal(
            ["A|I have written", "Q|Harbor Times|The two governments", "Q|Harbor Times|The talks began", "A|Wow. Just wow.", "A|I doubt any"],
            Voices.Lines(Text));
    }

    [Fact]
    public void A_lead_in_that_names_the_source_names_the_passage()
    {
        const string Text = """
            My readers keep asking about the succession. This is from the Caspian Policy Institute, a think tank in Baku. Here:
            Regional elites have been weighing their options since the spring, as budget transfers from the centre shrank and the governors' room for manoeuvre narrowed considerably.
            I’m not convinced.
            """;

        Assert.Equal(["A|My readers keep", "Q|Caspian Policy Institute|Regional elites have", "A|I’m not convinced."], Voices.Lines(Text));
    }

    [Fact]
    public void A_channel_on_telegram_in_the_lead_in_is_a_telegram_channel()
    {
        const string Text = """
            I’ll end with a post from a nationalist channel on Telegram. Here:
            The country has entered a period of drift that officials rarely discuss in public, and the old slogans no longer explain to anyone why the sacrifices continue.
            """;

        Assert.Equal(["A|I’ll end with", "Q|Telegram channel|The country has"], Voices.Lines(Text));
    }

    [Fact]
    public void A_list_after_a_colon_is_not_a_passage()
    {
        const string Text = """
            I see three problems with that comparison. They are:
            The truce never held
            The plan handed the port to a consortium
            So the comparison fails.
            """;

        Assert.All(Voices.Lines(Text), line => Assert.StartsWith("A|", line));
    }

    [Fact]
    public void News_copy_with_section_labels_and_outlet_attributions_is_quoted_between_the_authors_reactions()
    {
        const string Text = """
            I keep saying the envoy is the one to watch.
            Zoom in: The draft has 20 points grouped in three themes, sources tell Northwind News. Behind the scenes: the envoy has discussed it with his counterpart, a U.S. official said.
            “We think the timing is right,” the official said.
            Well, I said so months ago!
            """;

        Assert.Equal(
            ["A|I keep saying", "Q|Northwind News|Zoom in: The", "Q|Northwind News|“We think the", "A|Well, I said"],
            Voices.Lines(Text));
    }

    [Fact]
    public void A_passage_that_resumes_after_a_short_reaction_keeps_its_source()
    {
        const string Text = """
            To close, a note from the Caspian Policy Institute. Here:
            The budget crisis in the provinces is deeper than the official figures suggest, because transfers from the centre were cut twice this year while the costs of mobilisation fell on the regions, leaving governors with few tools to keep local services running.
            They are right about that.
            Governors have responded by raising local fees, delaying wages in the public sector and asking the federal ministries for emergency loans, which the finance ministry has so far granted only to the regions that border the front line and host large garrisons.
            Indeed.
            """;

        Assert.Equal(
            ["A|To close, a", "Q|Caspian Policy Institute|The budget crisis", "A|They are right", "Q|Caspian Policy Institute|Governors have responded", "A|Indeed."],
            Voices.Lines(Text));
    }

    [Fact]
    public void Fragments_split_over_lines_stay_with_their_paragraph()
    {
        const string Text = """
            I found a video description that sums it up. We shall see:
            Peace Plan: the administration has been working on a plan with four areas — peace, reconstruction,
            security guarantees,
            and future relations with both capitals, officials told Northwind News.
            """;

        Assert.Equal(
            ["A|I found a", "Q|Northwind News|Peace Plan: the", "Q|Northwind News|security guarantees,", "Q|Northwind News|and future relations"],
            Voices.Lines(Text));
    }

    [Fact]
    public void A_plain_news_report_stays_the_authors_throughout()
    {
        const string Text = """
            The plan would freeze the front line, Northwind News reported, citing two officials.
            “The ball is in their court,” a U.S. official said.
            The foreign ministry did not respond to a request for comment.
            """;

        Assert.All(Voices.Lines(Text), line => Assert.StartsWith("A|", line));
    }

    [Fact]
    public void A_reporters_single_first_person_does_not_open_a_second_voice()
    {
        const string Text = """
            When I asked the minister about the plan, he declined to answer.
            Zoom in: The draft has 20 points, sources tell Northwind News, and a written text could be ready within weeks.
            “We are not there yet,” a diplomat said.
            """;

        Assert.All(Voices.Lines(Text), line => Assert.StartsWith("A|", line));
    }

    [Fact]
    public void In_a_news_item_a_bare_colon_is_no_lead_in()
    {
        const string Text = """
            I covered the summit for two days and I can report the outline. The plan includes:
            Security guarantees for the smaller state, which officials said would be modelled on existing treaties.
            """;

        Assert.All(Voices.Lines(Text, new DocumentMetadata { Kind = "news" }), line => Assert.StartsWith("A|", line));
        Assert.Equal("Q||Security guarantees for", Voices.Lines(Text, new DocumentMetadata { Kind = "commentary" })[1]);
    }

    [Fact]
    public void A_syndicated_copy_with_a_credit_line_is_quoted_from_the_credited_outlet()
    {
        const string Text = """
            (MENAFN - Harbor Times) The central bank raised its key rate by two points on Friday, citing inflation that has doubled since the spring.
            Analysts had expected a smaller increase, the paper said.
            """;

        Assert.Equal(["Q|Harbor Times|(MENAFN - Harbor", "Q|Harbor Times|Analysts had expected"], Voices.Lines(Text));
    }

    [Fact]
    public void A_repost_named_in_the_metadata_is_quoted_below_its_header_and_above_its_site_chrome()
    {
        const string Text = """
            Pact talks stall again
            Negotiators left the capital on Tuesday without an agreement, and both delegations blamed the other side for the delay.
            A new round is expected next month, diplomats said.
            Be First to Comment
            """;
        var metadata = new DocumentMetadata { Outlet = "Lakeside Forum (repost of Harbor Times)" };

        Assert.Equal(
            ["A|Pact talks stall", "Q|Harbor Times|Negotiators left the", "Q|Harbor Times|A new round", "A|Be First to"],
            Voices.Lines(Text, metadata));
    }

    [Fact]
    public void A_lead_in_inside_a_repost_switches_the_source_for_what_follows()
    {
        const string Text = """
            A translation of the minister's remarks, with our notes, follows below for readers.
            The minister wrote on his VK:
            The Europeans continue to arm themselves against an enemy they invented, and they will pay for it with their own prosperity.
            """;
        var metadata = new DocumentMetadata { Outlet = "Lakeside Forum (repost of Eastern Notes)" };

        Assert.Equal(
            ["Q|Eastern Notes|A translation of", "Q|Eastern Notes|The minister wrote", "Q|VK|The Europeans continue"],
            Voices.Lines(Text, metadata));
    }

    [Fact]
    public void Paragraphs_closed_by_a_relayed_sources_tag_are_quoted_with_the_expanded_name()
    {
        const string Text = """
            The Caspian Policy Institute (CPI) published a new assessment on Monday, reported by Lakeside News.
            Officials insist the reforms will continue regardless of the budget shortfall, which the ministry puts at four percent. - CPI states.
            According to the assessment, regional budgets will not recover before next year.
            The governors are running out of options and will seek new federal loans. - the analysts note.
            """;

        Assert.Equal(
            ["A|The Caspian Policy", "Q|Caspian Policy Institute|Officials insist the", "A|According to the", "Q|Caspian Policy Institute|The governors are"],
            Voices.Lines(Text));
    }

    [Fact]
    public void A_block_quote_from_markup_stays_quoted()
    {
        const string Text = "I read the statement twice.\nThe ministry will not comment on the talks.\nNeither will I.";
        var quoteStart = Text.IndexOf("The ministry", StringComparison.Ordinal);
        var quoteEnd = Text.IndexOf("\nNeither", StringComparison.Ordinal);
        var start = new Document("test", Text).With(Layers.Markup, [new MarkupSpan(quoteStart, quoteEnd, MarkupKind.BlockQuote, "Foreign Ministry")]);

        var document = Voices.Run(Text, start: start);

        var blocks = document.Get(Layers.Blocks);
        Assert.Equal([Core.Annotations.Voice.Author, Core.Annotations.Voice.Quoted, Core.Annotations.Voice.Author], blocks.Select(b => b.Voice));
        Assert.Equal("Foreign Ministry", blocks[1].Source);
    }

    [Fact]
    public void A_block_quote_without_a_source_is_named_from_its_lead_in()
    {
        const string Text = "The agency put out a statement. The Harbor Times reports:\nThe ministry will not comment on the talks until Friday.\nThe talks resume next week.";
        var quoteStart = Text.IndexOf("The ministry", StringComparison.Ordinal);
        var quoteEnd = Text.IndexOf("\nThe talks", StringComparison.Ordinal);
        var start = new Document("test", Text).With(Layers.Markup, [new MarkupSpan(quoteStart, quoteEnd, MarkupKind.BlockQuote)]);

        var blocks = Voices.Run(Text, start: start).Get(Layers.Blocks);

        Assert.Equal(Core.Annotations.Voice.Quoted, blocks[1].Voice);
        Assert.Equal("Harbor Times", blocks[1].Source);
        Assert.Equal(Core.Annotations.Voice.Author, blocks[2].Voice);
    }

    [Fact]
    public void Every_paragraph_records_the_signal_that_decided_it()
    {
        var document = Voices.Run("I have a theory. Here:\nThe talks failed because neither side would move on the border, officials told Northwind News.\nWoah.");

        Assert.All(document.Get(Layers.Blocks), b => Assert.False(string.IsNullOrEmpty(b.Evidence)));
        Assert.Equal("voice:after-lead-in", document.Get(Layers.Blocks)[1].Evidence);
    }

    [Fact]
    public void The_pipeline_runs_the_voice_annotator_after_the_block_annotator()
    {
        var pipeline = new PipelineBuilder().AddVoice().AddSegmentation().Build();

        var document = pipeline.Process(new Document("test", "I think so. Here:\nOfficials told Northwind News that the plan has 28 points and four parts in all."), CancellationToken.None);

        Assert.Equal(Core.Annotations.Voice.Quoted, document.Get(Layers.Blocks)[1].Voice);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData(":\n:\n:")]
    [InlineData("Here:")]
    [InlineData("\uFFFC\n,\n\u2028”")]
    [InlineData("- ISW states.")]
    public void Odd_input_never_throws(string text)
    {
        var exception = Record.Exception(() => Voices.Run(text));

        Assert.Null(exception);
    }
}
