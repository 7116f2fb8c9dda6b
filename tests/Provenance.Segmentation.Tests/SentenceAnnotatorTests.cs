using Provenance.Core;
using Provenance.Segmentation;

namespace Provenance.Segmentation.Tests;

public class SentenceAnnotatorTests
{
    [Fact]
    public void News_report_with_abbreviations_splits_only_at_real_ends()
    {
        const string report =
            "U.S. officials said on Oct. 24 that the talks in Geneva had stalled. Sen. Jane Holloway, R-Ky., " +
            "called the draft \"a gift to Moscow.\" Gen. Mark Ellis and Dr. Irina Volkova of Acme Corp. " +
            "were not invited. The E.U. and the U.N. declined to comment.";

        Assert.Equal(
            [
                "U.S. officials said on Oct. 24 that the talks in Geneva had stalled.",
                "Sen. Jane Holloway, R-Ky., called the draft \"a gift to Moscow.\"",
                "Gen. Mark Ellis and Dr. Irina Volkova of Acme Corp. were not invited.",
                "The E.U. and the U.N. declined to comment.",
            ],
            Segment.Sentences(report));
    }

    [Theory]
    [InlineData("The sanctions were imposed by the U.S. The Kremlin called them theft.", 2)]
    [InlineData("The sanctions were imposed by the U.S. It was the third round.", 2)]
    [InlineData("The plan was welcomed by the U.S. Congress on Tuesday.", 1)]
    [InlineData("The plan was drafted in the U.S. Treasury, officials said.", 1)]
    [InlineData("Shares of Acme Inc. fell sharply. Acme Inc. The company did not comment.", 3)]
    [InlineData("Apples, pears, etc. But nobody asked.", 2)]
    [InlineData("He moved to Washington, D.C. He was 30.", 2)]
    [InlineData("The vote is at 10 a.m. on Friday.", 1)]
    [InlineData("They met on Sept. 11 and again on Nov. 3.", 1)]
    [InlineData("Some allies, e.g. Poland, object. Others, i.e. Hungary, do not.", 2)]
    [InlineData("Roe v. Wade was cited. So was Mr. Smith.", 2)]
    [InlineData("Number 10 said no. The talks are over.", 2)]
    [InlineData("He lives on No. 10 Downing St. in London.", 1)]
    [InlineData("He said: \"No.\" Officials were stunned.", 2)]
    [InlineData("The answer was No. Officials were stunned.", 2)]
    [InlineData("See Fig. 3 for the map.", 1)]
    public void Period_after_an_abbreviation_ends_a_sentence_only_before_a_clear_starter(string text, int expected)
    {
        Assert.Equal(expected, Segment.Sentences(text).Length);
    }

    [Theory]
    [InlineData("John F. Kennedy visited Berlin in 1963. J.D. Vance visited Munich in 2025.", "John F. Kennedy visited Berlin in 1963.|J.D. Vance visited Munich in 2025.")]
    [InlineData("The fallback was Plan B. The talks went on.", "The fallback was Plan B.|The talks went on.")]
    [InlineData("J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it.")]
    public void Initials_do_not_end_a_sentence_before_a_name(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Segment.Sentences(text));
    }

    [Fact]
    public void Decimals_and_percentages_do_not_end_a_sentence()
    {
        Assert.Equal(
            [
                "Ukraine holds 14.5% of the region, down from 22.3% a year ago, and the fund manages $3.2 billion.",
                "Version 2.0.1 of the map was published at 9.30.",
            ],
            Segment.Sentences("Ukraine holds 14.5% of the region, down from 22.3% a year ago, and the fund manages $3.2 billion. Version 2.0.1 of the map was published at 9.30."));
    }

    [Theory]
    [InlineData("He paused... Then he left.", "He paused...|Then he left.")]
    [InlineData("He paused\u2026 Then he left.", "He paused\u2026|Then he left.")]
    [InlineData("We waited \u2026 and waited.", "We waited \u2026 and waited.")]
    [InlineData("We waited... and waited... and then... Nothing.", "We waited... and waited... and then...|Nothing.")]
    [InlineData("... And so it began.", "... And so it began.")]
    [InlineData("Teaser text cut off here ... MORE", "Teaser text cut off here ...|MORE")]
    [InlineData("The figure was ... 3 percent.", "The figure was ... 3 percent.")]
    public void Ellipsis_ends_a_sentence_only_before_a_capital(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Segment.Sentences(text));
    }

    [Theory]
    [InlineData("\u201CWe will not give up the war.\u201D He said it twice.", "\u201CWe will not give up the war.\u201D|He said it twice.")]
    [InlineData("\"We will not give up the war.\" He said it twice.", "\"We will not give up the war.\"|He said it twice.")]
    [InlineData("He called it \u2018a trap.\u2019 Nobody laughed.", "He called it \u2018a trap.\u2019|Nobody laughed.")]
    [InlineData("(See the map above.) The front moved.", "(See the map above.)|The front moved.")]
    [InlineData("She said \u201Cno.\u201D) Then she left.", "She said \u201Cno.\u201D)|Then she left.")]
    public void Closing_quote_or_bracket_after_the_stop_belongs_to_the_sentence(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Segment.Sentences(text));
    }

    [Fact]
    public void Quotation_over_several_sentences_is_split_inside_and_closes_with_the_last()
    {
        const string text =
            "\u201CWe know the Europeans are drafting something. We have read outlines. Nothing is settled,\u201D " +
            "the Polish official said. \u201CIt\u2019s a far wider bargain. It is about the Baltic.\u201D";

        Assert.Equal(
            [
                "\u201CWe know the Europeans are drafting something.",
                "We have read outlines.",
                "Nothing is settled,\u201D the Polish official said.",
                "\u201CIt\u2019s a far wider bargain.",
                "It is about the Baltic.\u201D",
            ],
            Segment.Sentences(text));
    }

    [Theory]
    [InlineData("\"Why now?\" she asked. \"Because the front is moving.\"", "\"Why now?\" she asked.|\"Because the front is moving.\"")]
    [InlineData("\u201CWhy now?\u201D Witkoff asked. Nobody answered.", "\u201CWhy now?\u201D Witkoff asked.|Nobody answered.")]
    [InlineData("\u201CEnough!\u201D Sen. Jane Holloway shouted.", "\u201CEnough!\u201D Sen. Jane Holloway shouted.")]
    [InlineData("\u201CWhy now?\u201D The question hung in the air.", "\u201CWhy now?\u201D|The question hung in the air.")]
    [InlineData("Cheered by the Sudan truce? Wait. Look closer!", "Cheered by the Sudan truce?|Wait.|Look closer!")]
    [InlineData("Is it two years? now or three?", "Is it two years? now or three?")]
    [InlineData("Really?! I doubt it.", "Really?!|I doubt it.")]
    public void Question_and_exclamation_marks_split_unless_a_cue_follows(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Segment.Sentences(text));
    }

    [Theory]
    [InlineData("Why it matters: The plan is inspired by the Gaza deal.")]
    [InlineData("Zoom in: the plan has four parts; each is vague.")]
    [InlineData("Trump envoy drafts secret Ukraine plan with Moscow")]
    [InlineData("\u2022 Security guarantees for Kyiv")]
    public void Colons_semicolons_and_headlines_without_a_stop_give_one_sentence(string text)
    {
        Assert.Equal([text], Segment.Sentences(text));
    }

    [Fact]
    public void List_items_are_their_own_blocks_and_a_leading_list_number_is_not_a_sentence()
    {
        const string text =
            "What to watch:\n" +
            "\u2022 Territory. The draft freezes the front.\n" +
            "- Sanctions\n" +
            "* Elections in 100 days\n" +
            "1. Security guarantees. They are vague.\n" +
            "12. Frozen assets";

        Assert.Equal(
            [
                "What to watch:",
                "\u2022 Territory.",
                "The draft freezes the front.",
                "- Sanctions",
                "* Elections in 100 days",
                "1. Security guarantees.",
                "They are vague.",
                "12. Frozen assets",
            ],
            Segment.Sentences(text));
    }

    [Theory]
    [InlineData("The vacuum has three effects: 1. Regional autonomy grows; 2. Local patriotism rises; 3. Networks replace institutions.", "The vacuum has three effects: 1. Regional autonomy grows; 2. Local patriotism rises; 3. Networks replace institutions.")]
    [InlineData("It happened. 2. The next point follows.", "It happened.|2. The next point follows.")]
    [InlineData("He won in round 2. The crowd cheered.", "He won in round 2.|The crowd cheered.")]
    public void Inline_list_numbers_do_not_end_a_sentence(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Segment.Sentences(text));
    }

    [Fact]
    public void Sentences_never_cross_a_block_boundary()
    {
        const string text = "A headline with no stop\nThe story begins here and\ncontinues on a new line.";

        Assert.Equal(
            ["A headline with no stop", "The story begins here and", "continues on a new line."],
            Segment.Sentences(text));
    }

    [Theory]
    [InlineData("Analysts say the plan looks like a capitulation.1 Others disagree.", "Analysts say the plan looks like a capitulation.1|Others disagree.")]
    [InlineData("The ministry denied it.[3] The army did not.", "The ministry denied it.[3]|The army did not.")]
    [InlineData("The score was 3.1 in May.", "The score was 3.1 in May.")]
    public void Endnote_marker_glued_to_the_stop_stays_with_its_sentence(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Segment.Sentences(text));
    }

    [Fact]
    public void Sentences_are_trimmed_and_offsets_are_exact()
    {
        const string text = "  First one.   Second one!\u00A0\u00A0Third?  ";
        var document = Segment.Run(text);

        Assert.Equal(
            [(2, 12), (15, 26), (28, 34)],
            document.Get(Layers.Sentences).Select(s => (s.Start, s.End)));
    }

    [Theory]
    [InlineData("!!! ??? ...")]
    [InlineData("?! Really")]
    [InlineData("\u2026")]
    public void Punctuation_alone_does_not_make_a_sentence_of_its_own(string text)
    {
        Assert.Single(Segment.Sentences(text));
    }

    [Fact]
    public void Missing_blocks_layer_is_reported_with_the_annotator_to_run()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => new SentenceAnnotator().Annotate(new Document("d", "Text."), CancellationToken.None));

        Assert.Contains("blocks", error.Message);
        Assert.Contains(nameof(BlockAnnotator), error.Message);
    }

    [Fact]
    public void Abbreviation_added_through_options_stops_a_split()
    {
        const string text = "The vote in Zhytomyr Obl. Council passed.";
        var blocks = new BlockAnnotator().Annotate(new Document("d", text), CancellationToken.None);
        var withDefault = new SentenceAnnotator().Annotate(blocks, CancellationToken.None);
        var withExtra = new SentenceAnnotator(new SentenceOptions
        {
            Abbreviations = Abbreviations.Default.With("Obl.", AbbreviationKind.NeverEndsSentence),
        }).Annotate(blocks, CancellationToken.None);

        Assert.Equal(2, withDefault.Get(Layers.Sentences).Length);
        Assert.Single(withExtra.Get(Layers.Sentences));
    }
}
