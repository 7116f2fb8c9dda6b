using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Ingest.Markdown;
using static Provenance.Ingest.Tests.IngestTestKit;

namespace Provenance.Ingest.Tests;

public class MarkdownReaderTests
{
    private static async Task<Document> ReadAsync(string markdown) => Single(await ReadTextAsync("post.md", markdown));

    [Fact]
    public async Task Markdown_reader_turns_the_fixture_into_one_paragraph_per_line()
    {
        var document = Single(await ReadPathsAsync(null, Fixture("kessin-commentary.md")));

        Assert.Equal(
            [
                "Why the Kessin talks keep stalling",
                "The third round ended the way the first two did: with both sides claiming progress and neither side moving on inspections.",
                "We are closer than we were on Monday, but not close enough.",
                "That line, from Tomas Ferreira, is the whole story. Read the Continental Wire report for the context.",
                "Inspections remain the sticking point",
                "The port_authority_bill is still in committee",
                "1. Veltria wants joint teams.",
                "2. Osmark wants a neutral inspector.",
            ],
            document.Text.Split('\n'));
        AssertWellFormed(document);
    }

    [Fact]
    public async Task Markdown_reader_reads_front_matter_as_metadata()
    {
        var metadata = Single(await ReadPathsAsync(null, Fixture("kessin-commentary.md"))).Metadata;

        Assert.Equal("Why the Kessin talks keep stalling", metadata.Title);
        Assert.Equal("Jonas Aberg", metadata.Author);
        Assert.Equal(new DateOnly(2025, 11, 20), metadata.Published);
        Assert.Equal("https://aberg-notes.example/kessin-stalling", metadata.Url);
    }

    [Fact]
    public async Task Markdown_reader_keeps_block_quote_as_evidence()
    {
        var document = Single(await ReadPathsAsync(null, Fixture("kessin-commentary.md")));

        Assert.Equal(["We are closer than we were on Monday, but not close enough."], MarkupTexts(document, MarkupKind.MarkdownQuote));
    }

    [Fact]
    public async Task Markdown_reader_records_headings_list_items_and_links()
    {
        var document = Single(await ReadPathsAsync(null, Fixture("kessin-commentary.md")));

        Assert.Equal(["Why the Kessin talks keep stalling"], MarkupTexts(document, MarkupKind.Heading));
        Assert.Equal(
            ["Inspections remain the sticking point", "The port_authority_bill is still in committee", "1. Veltria wants joint teams.", "2. Osmark wants a neutral inspector."],
            MarkupTexts(document, MarkupKind.ListItem));
        var link = Assert.Single(document.Get(Layers.Markup), m => m.Kind == MarkupKind.Link);
        Assert.Equal("Continental Wire report", document.TextOf(link));
        Assert.Equal("https://wire.example/story/4411", link.Target);
    }

    [Fact]
    public async Task Markdown_reader_keeps_each_quoted_paragraph_on_its_own_line_inside_one_quote_span()
    {
        var document = await ReadAsync("Intro line.\n\n> First quoted paragraph\n> continues here.\n>\n> Second quoted paragraph.\n\nAfter the quote.");

        Assert.Equal("Intro line.\nFirst quoted paragraph continues here.\nSecond quoted paragraph.\nAfter the quote.", document.Text);
        Assert.Equal(["First quoted paragraph continues here.\nSecond quoted paragraph."], MarkupTexts(document, MarkupKind.MarkdownQuote));
    }

    [Fact]
    public async Task Markdown_reader_reads_nested_quotes_and_lazy_continuation_lines()
    {
        var document = await ReadAsync("> Outer says:\n> > inner words\nlazy tail of inner\n\nDone.");

        Assert.Equal("Outer says:\ninner words lazy tail of inner\nDone.", document.Text);
        Assert.Equal(["Outer says:\ninner words lazy tail of inner", "inner words lazy tail of inner"], MarkupTexts(document, MarkupKind.MarkdownQuote));
    }

    [Theory]
    [InlineData("*emphasis* and **strong** and ***both***", "emphasis and strong and both")]
    [InlineData("_emphasis_ and __strong__", "emphasis and strong")]
    [InlineData("snake_case_name stays", "snake_case_name stays")]
    [InlineData("2 * 3 * 4 = 24", "2 * 3 * 4 = 24")]
    [InlineData("an *unclosed emphasis", "an *unclosed emphasis")]
    [InlineData("~~struck~~ text", "struck text")]
    [InlineData("use `code *here*` as is", "use code *here* as is")]
    [InlineData(@"escaped \*stars\* stay", "escaped *stars* stay")]
    [InlineData("AT&amp;T &copy; 2025", "AT&T © 2025")]
    [InlineData("before ![chart of tonnage](chart.png) after", "before  after")]
    [InlineData("# Heading with closing hashes ##", "Heading with closing hashes")]
    [InlineData("#hashtag is not a heading", "#hashtag is not a heading")]
    public async Task Markdown_reader_removes_only_pure_syntax(string markdown, string expected)
    {
        var document = await ReadAsync(markdown);

        Assert.Equal(expected, document.Text);
    }

    [Fact]
    public async Task Markdown_reader_resolves_reference_links_and_autolinks()
    {
        var document = await ReadAsync("See [the report][wire] and [Wire] and <https://osmark.example/statement>.\n\n[wire]: https://wire.example/story/4411 \"Continental Wire\"");

        Assert.Equal("See the report and Wire and https://osmark.example/statement.", document.Text);
        var links = document.Get(Layers.Markup).Where(m => m.Kind == MarkupKind.Link).ToList();
        Assert.Equal(["the report", "Wire", "https://osmark.example/statement"], links.Select(document.TextOf));
        Assert.Equal(["https://wire.example/story/4411", "https://wire.example/story/4411", "https://osmark.example/statement"], links.Select(l => l.Target));
    }

    [Fact]
    public async Task Markdown_reader_keeps_emphasis_inside_link_text_out_of_the_text()
    {
        var document = await ReadAsync("Read [the *full* statement](https://osmark.example/s) now.");

        Assert.Equal("Read the full statement now.", document.Text);
        Assert.Equal(["the full statement"], MarkupTexts(document, MarkupKind.Link));
    }

    [Fact]
    public async Task Markdown_reader_reads_setext_headings_and_drops_thematic_breaks()
    {
        var document = await ReadAsync("Main title\n==========\n\nBody text.\n\n***\n\nSub title\n---------\nMore text.");

        Assert.Equal("Main title\nBody text.\nSub title\nMore text.", document.Text);
        Assert.Equal(["Main title", "Sub title"], MarkupTexts(document, MarkupKind.Heading));
        Assert.Equal("Main title", document.Metadata.Title);
    }

    [Fact]
    public async Task Markdown_reader_keeps_fenced_code_lines_as_written()
    {
        var document = await ReadAsync("Config:\n\n```json\n{\"port\": \"Kessin\"}\n  *not emphasis*\n```\nEnd.");

        // Lines are trimmed like every paragraph line; no inline syntax is removed inside code.
        Assert.Equal("Config:\n{\"port\": \"Kessin\"}\n*not emphasis*\nEnd.", document.Text);
    }

    [Fact]
    public async Task Markdown_reader_joins_list_item_continuation_lines()
    {
        var document = await ReadAsync("- first item\n  continues\n- second item\n\nParagraph.");

        Assert.Equal("first item continues\nsecond item\nParagraph.", document.Text);
        Assert.Equal(["first item continues", "second item"], MarkupTexts(document, MarkupKind.ListItem));
    }

    [Fact]
    public async Task Markdown_reader_does_not_treat_a_year_inside_a_paragraph_as_a_list()
    {
        var document = await ReadAsync("The accord was first signed in\n2019. It lapsed soon after.");

        Assert.Equal("The accord was first signed in 2019. It lapsed soon after.", document.Text);
        Assert.Empty(MarkupTexts(document, MarkupKind.ListItem));
    }

    [Fact]
    public async Task Markdown_reader_survives_a_thousand_nested_quote_markers()
    {
        var document = await ReadAsync(new string('>', 1000) + " deep");

        Assert.EndsWith("deep", document.Text);
        AssertWellFormed(document);
    }

    [Theory]
    [InlineData("long run of spaces in a heading")]
    [InlineData("unclosed brackets")]
    [InlineData("alternating delimiters")]
    [InlineData("unclosed angle brackets")]
    [InlineData("unclosed link destinations")]
    [InlineData("unclosed link titles")]
    [InlineData("unclosed processing instructions")]
    [InlineData("deeply nested lists")]
    public async Task Markdown_reader_finishes_hostile_input(string shape)
    {
        var markdown = shape switch
        {
            "long run of spaces in a heading" => "# " + new string(' ', 200_000) + "x",
            "unclosed brackets" => new string('[', 100_000) + "a" + new string(']', 100_000),
            "alternating delimiters" => string.Concat(Enumerable.Repeat("*_", 100_000)),
            "unclosed angle brackets" => new string('<', 200_000),
            "unclosed link destinations" => string.Concat(Enumerable.Repeat("[a](", 50_000)),
            "unclosed link titles" => string.Concat(Enumerable.Repeat("[ (](", 40_000)),
            "unclosed processing instructions" => string.Concat(Enumerable.Repeat("a <? ", 40_000)),
            _ => string.Concat(Enumerable.Range(0, 1000).Select(i => new string(' ', i * 2) + "- x\n")),
        };

        // Markdig is quadratic on several of these shapes; the reader must not hand it such paragraphs. A
        // regression shows as a test run that takes minutes.
        var document = Single(await ReadTextAsync("hostile.md", markdown));

        AssertWellFormed(document);
        Assert.NotEmpty(document.Text);
    }

    [Fact]
    public async Task Markdown_reader_reads_an_oversized_paragraph_as_plain_lines()
    {
        var line = "Port figures *as filed* with the authority. ";
        var markdown = "# Tonnage log\n\n" + string.Concat(Enumerable.Repeat(line + "\n", MarkdownReader.MaxParagraphChars / line.Length + 2));

        var document = await ReadAsync(markdown);

        Assert.StartsWith("# Tonnage log\nPort figures *as filed* with the authority.\n", document.Text);
        Assert.Empty(document.Get(Layers.Markup));
    }

    [Fact]
    public async Task Markdown_reader_writes_table_rows_one_per_line_with_cells_joined()
    {
        var document = await ReadAsync("Tonnage by port:\n\n| Port | Tonnage |\n|---|---:|\n| Kessin | **12,400** |\n| Osmark | 9,100 |");

        Assert.Equal("Tonnage by port:\nPort | Tonnage\nKessin | 12,400\nOsmark | 9,100", document.Text);
    }

    [Fact]
    public async Task Markdown_reader_puts_a_list_item_span_over_all_lines_of_the_item()
    {
        var document = await ReadAsync("- Veltria's demands\n  - joint teams\n- Osmark's demands\n\n  A neutral inspector, named by the court.");

        Assert.Equal("Veltria's demands\njoint teams\nOsmark's demands\nA neutral inspector, named by the court.", document.Text);
        Assert.Equal(
            ["Veltria's demands\njoint teams", "joint teams", "Osmark's demands\nA neutral inspector, named by the court."],
            MarkupTexts(document, MarkupKind.ListItem));
    }

    [Fact]
    public async Task Markdown_reader_reads_an_indented_paragraph_as_prose_not_code()
    {
        var document = await ReadAsync("    The minister said the deal was *done*,\n    and then it was not.\n\nNext.");

        Assert.Equal("The minister said the deal was done, and then it was not.\nNext.", document.Text);
    }

    [Fact]
    public async Task Markdown_reader_reads_an_opening_rule_over_prose_as_a_rule_not_front_matter()
    {
        var document = await ReadAsync("---\nThe talks resumed on Monday.\n---\n\nBody.");

        Assert.Equal("The talks resumed on Monday.\nBody.", document.Text);
        Assert.Null(document.Metadata.Author);
    }

    [Fact]
    public async Task Markdown_reader_links_email_autolinks_with_mailto()
    {
        var document = await ReadAsync("Write to <desk@wire.example> with tips.");

        var link = Assert.Single(document.Get(Layers.Markup), m => m.Kind == MarkupKind.Link);
        Assert.Equal("desk@wire.example", document.TextOf(link));
        Assert.Equal("mailto:desk@wire.example", link.Target);
    }
}
