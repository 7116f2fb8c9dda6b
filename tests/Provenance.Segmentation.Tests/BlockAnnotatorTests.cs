using System.Text;
using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Segmentation;

namespace Provenance.Segmentation.Tests;

public class BlockAnnotatorTests
{
    private const string CommentaryPost =
        "Another week, another secret peace plan. Here is how the wire put it:\n" +
        "\n" +
        "   The administration has been quietly drafting a 28-point framework with Moscow, two U.S. officials said on Tuesday.   \n" +
        "\u00A0\n" +
        "Why it matters: The plan borrows its structure from the Gaza ceasefire.\r\n" +
        "\r\n" +
        "So who asked Kyiv?\n" +
        "***\n" +
        "\t\n";

    [Fact]
    public void Commentary_post_gives_one_trimmed_block_per_non_empty_line()
    {
        var blocks = Segment.Blocks(Segment.Run(CommentaryPost));

        Assert.Equal(
            [
                "Another week, another secret peace plan. Here is how the wire put it:",
                "The administration has been quietly drafting a 28-point framework with Moscow, two U.S. officials said on Tuesday.",
                "Why it matters: The plan borrows its structure from the Gaza ceasefire.",
                "So who asked Kyiv?",
                "***",
            ],
            blocks);
    }

    [Fact]
    public void Document_with_63_non_empty_lines_gives_63_blocks()
    {
        // Every kind of line break, blank and whitespace-only lines between, and lines a naive splitter trips on.
        string[] separators = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\n\n", "\r\n \r\n", "\n\u00A0\t\n"];
        string[] shapes =
        [
            "Paragraph {0}: officials in Kyiv said on Oct. {0} that talks would resume.",
            "  \u2022 Bullet {0} with leading spaces",
            "{0}. A numbered item",
            "\u201CQuote {0},\u201D a U.S. official said.",
            "Headline {0} without a stop",
            "--- {0} ---",
        ];

        var text = new StringBuilder();
        for (var i = 0; i < 63; i++)
        {
            text.Append(string.Format(shapes[i % shapes.Length], i + 1)).Append(separators[i % separators.Length]);
        }

        var document = Segment.Run(text.ToString());

        var blocks = document.Get(Layers.Blocks);
        Assert.Equal(63, blocks.Length);
        Assert.Equal("\u2022 Bullet 2 with leading spaces", document.TextOf(blocks[1]));
        Assert.Equal("Paragraph 61: officials in Kyiv said on Oct. 61 that talks would resume.", document.TextOf(blocks[60]));
    }

    [Theory]
    [InlineData("one\ntwo", 2)]
    [InlineData("one\r\ntwo", 2)]
    [InlineData("one\rtwo", 2)]
    [InlineData("one\u2028two", 2)]
    [InlineData("one\u2029two", 2)]
    [InlineData("one\r\n\r\ntwo\r\n", 2)]
    [InlineData("\n\n\n", 0)]
    [InlineData(" \u00A0\t", 0)]
    [InlineData("", 0)]
    [InlineData("\uFFFC", 1)]
    [InlineData("one\u000Btwo", 1)]
    public void Lines_end_at_every_line_break_and_blank_lines_are_no_blocks(string text, int expected)
    {
        Assert.Equal(expected, Segment.Run(text).Get(Layers.Blocks).Length);
    }

    [Fact]
    public void Object_replacement_character_is_kept_inside_the_block()
    {
        // Substack pages leave U+FFFC where an embed was; it is not whitespace, so the gold keeps it in the line.
        var blocks = Segment.Blocks(Segment.Run("Trump drafts a new plan \uFFFCThe administration has been working"));

        Assert.Equal(["Trump drafts a new plan \uFFFCThe administration has been working"], blocks);
    }

    [Fact]
    public void Blocks_without_markup_are_the_authors_with_default_evidence()
    {
        var block = Assert.Single(Segment.Run("A line of commentary.").Get(Layers.Blocks));

        Assert.Equal(Voice.Author, block.Voice);
        Assert.Null(block.Source);
        Assert.Equal("default", block.Evidence);
    }

    [Theory]
    [InlineData(MarkupKind.BlockQuote, "markup:blockquote")]
    [InlineData(MarkupKind.MarkdownQuote, "markup:md_quote")]
    public void Block_inside_quote_markup_is_quoted_with_the_markups_target_as_source(MarkupKind kind, string evidence)
    {
        const string text = "The wire says:\n\nThe plan has 28 points, officials said.\nIt is not final.\n\nI doubt it.";
        var quoteStart = text.IndexOf("The plan", StringComparison.Ordinal);
        var quoteEnd = text.IndexOf("I doubt", StringComparison.Ordinal);
        var document = new Document("markup", text)
            .With(Layers.Markup, [new MarkupSpan(quoteStart, quoteEnd, kind, "https://example.com/scoop")]);

        var blocks = Segment.Run(text, start: document).Get(Layers.Blocks);

        Assert.Equal(
            [
                (Voice.Author, (string?)null, "default"),
                (Voice.Quoted, "https://example.com/scoop", evidence),
                (Voice.Quoted, "https://example.com/scoop", evidence),
                (Voice.Author, null, "default"),
            ],
            blocks.Select(b => (b.Voice, b.Source, b.Evidence!)));
    }

    [Fact]
    public void Block_only_partly_inside_a_quote_or_inside_other_markup_stays_the_authors()
    {
        const string text = "My view first. Then the scoop.\nA linked line.";
        var document = new Document("markup", text).With(
            Layers.Markup,
            [
                new MarkupSpan(text.IndexOf("Then", StringComparison.Ordinal), text.IndexOf('\n'), MarkupKind.BlockQuote),
                new MarkupSpan(text.IndexOf('A'), text.Length, MarkupKind.Link, "https://example.com"),
            ]);

        var blocks = Segment.Run(text, start: document).Get(Layers.Blocks);

        Assert.All(blocks, b => Assert.Equal(Voice.Author, b.Voice));
    }

    [Fact]
    public void Innermost_quote_markup_gives_the_source()
    {
        const string text = "Outer quote line.\nInner quote line.";
        var inner = text.IndexOf("Inner", StringComparison.Ordinal);
        var document = new Document("markup", text).With(
            Layers.Markup,
            [
                new MarkupSpan(0, text.Length, MarkupKind.BlockQuote, "outer"),
                new MarkupSpan(inner, text.Length, MarkupKind.BlockQuote, "inner"),
            ]);

        var blocks = Segment.Run(text, start: document).Get(Layers.Blocks);

        Assert.Equal(["outer", "inner"], blocks.Select(b => b.Source));
    }
}
