using Provenance.Core;
using Provenance.Core.Annotations;
using static Provenance.Ingest.Tests.IngestTestKit;

namespace Provenance.Ingest.Tests;

public class HtmlReaderTests
{
    private static async Task<Document> ReadFixtureAsync() =>
        Single(await ReadPathsAsync(null, Fixture("harbor-accord.html")));

    [Fact]
    public async Task Html_reader_keeps_article_paragraphs_one_per_line_and_drops_page_chrome()
    {
        var document = await ReadFixtureAsync();

        Assert.Equal(
            [
                "Talks on the Harbor Accord stall over port inspections",
                "By Clara Voss",
                "Negotiators from Veltria and Osmark ended a third day of talks in Lisbon on Wednesday without agreeing on who would inspect cargo at the disputed port of Kessin, two officials familiar with the discussions said.",
                "\u201CWe are closer than we were on Monday, but not close enough,\u201D said Tomas Ferreira, the Veltrian deputy foreign minister, according to Continental Wire.",
                "The inspection regime must be neutral, or it will not be a regime at all.",
                "\u2014 Statement of the Osmark delegation",
                "The delegation called the draft a good basis in its summary, citing The Kessin Protocol of 2019 & the explainer on the port.",
            ],
            document.Text.Split('\n'));
        AssertWellFormed(document);
    }

    [Fact]
    public async Task Html_reader_keeps_blockquote_as_evidence()
    {
        var document = await ReadFixtureAsync();

        Assert.Equal(
            ["The inspection regime must be neutral, or it will not be a regime at all.\n\u2014 Statement of the Osmark delegation"],
            MarkupTexts(document, MarkupKind.BlockQuote));
    }

    [Fact]
    public async Task Html_reader_records_inline_quote_cite_heading_and_links()
    {
        var document = await ReadFixtureAsync();

        Assert.Equal(["a good basis"], MarkupTexts(document, MarkupKind.InlineQuote));
        Assert.Equal(["The Kessin Protocol"], MarkupTexts(document, MarkupKind.Cite));
        Assert.Equal(["Talks on the Harbor Accord stall over port inspections"], MarkupTexts(document, MarkupKind.Heading));
        var links = document.Get(Layers.Markup).Where(m => m.Kind == MarkupKind.Link).ToList();
        Assert.Equal(["Continental Wire", "explainer on the port"], links.Select(document.TextOf));
        Assert.Equal(["https://wire.example/story/4411", "https://meridianledger.example/world/kessin-explainer"], links.Select(l => l.Target));
    }

    [Fact]
    public async Task Html_reader_reads_metadata_from_meta_tags_and_json_ld()
    {
        var metadata = (await ReadFixtureAsync()).Metadata;

        Assert.Equal("Harbor Accord talks stall over inspections", metadata.Title);
        Assert.Equal("Clara Voss", metadata.Author);
        Assert.Equal("The Meridian Ledger", metadata.Outlet);
        Assert.Equal(new DateOnly(2025, 11, 19), metadata.Published);
        Assert.Equal("https://meridianledger.example/world/harbor-accord-talks", metadata.Url);
        Assert.Equal("en", metadata.Language);
        Assert.Equal("Negotiators fail to agree on cargo inspections at Kessin.", metadata.Extra["description"]);
        Assert.Equal(Fixture("harbor-accord.html"), metadata.SourcePath);
    }

    [Fact]
    public async Task Html_reader_takes_metadata_from_json_ld_when_meta_tags_are_missing()
    {
        const string page = """
            <html><head><title>Port bill | Site</title>
            <script type="application/ld+json">[{"@type": "WebSite", "name": "Ignored"},
              {"@graph": [{"@type": ["ReportageNewsArticle"], "headline": "Port bill passes first reading",
                "datePublished": "2025-11-21", "author": [{"name": "Ana Ruiz"}, {"name": "Ola Berg"}],
                "publisher": {"name": "Harbour Times"}}]}]</script></head>
            <body><p>The port bill passed its first reading.</p></body></html>
            """;

        var metadata = Single(await ReadTextAsync("bill.html", page)).Metadata;

        Assert.Equal("Port bill passes first reading", metadata.Title);
        Assert.Equal("Ana Ruiz, Ola Berg", metadata.Author);
        Assert.Equal("Harbour Times", metadata.Outlet);
        Assert.Equal(new DateOnly(2025, 11, 21), metadata.Published);
    }

    [Fact]
    public async Task Html_reader_ignores_malformed_json_ld()
    {
        const string page = """<html><head><title>Plain title</title><script type="application/ld+json">{"@type": "NewsArticle", </script></head><body><p>Text stays.</p></body></html>""";

        var document = Single(await ReadTextAsync("page.html", page));

        Assert.Equal("Plain title", document.Metadata.Title);
        Assert.Equal("Text stays.", document.Text);
    }

    [Fact]
    public async Task Html_reader_decodes_entities_and_collapses_white_space()
    {
        const string page = "<p>Caf&eacute;&nbsp;owners   said\n\t&#8220;no&#8221; &amp; left&hellip;</p>";

        var document = Single(await ReadTextAsync("snippet.html", page));

        Assert.Equal("Café owners said “no” & left…", document.Text);
        // Looked for markup and found none: the layer is there, and empty.
        Assert.True(document.Has(Layers.Markup));
        Assert.Empty(document.Get(Layers.Markup));
    }

    [Fact]
    public async Task Html_reader_reads_malformed_markup_leniently()
    {
        const string page = "<html><body><p>First paragraph <b>bold <i>both</b> still italic<p>Second <a href='https://x.example/a'>link</div> text";

        var document = Single(await ReadTextAsync("broken.html", page));

        Assert.Equal("First paragraph bold both still italic\nSecond link text", document.Text);
        // A stray </div> does not close the <a>, as in a browser: the link runs to the end.
        Assert.Equal(["link text"], MarkupTexts(document, MarkupKind.Link));
    }

    [Fact]
    public async Task Html_reader_splits_lines_at_br_and_block_elements_but_not_inline_ones()
    {
        const string page = "<body><div>Lead line<br>Second line</div><ul><li>One <em>item</em></li><li>Two</li></ul><span>a</span><span>b</span></body>";

        var document = Single(await ReadTextAsync("lines.html", page));

        Assert.Equal("Lead line\nSecond line\nOne item\nTwo\nab", document.Text);
        Assert.Equal(["One item", "Two"], MarkupTexts(document, MarkupKind.ListItem));
    }

    [Fact]
    public async Task Html_reader_prefers_the_element_with_most_paragraph_text_without_article_or_main()
    {
        const string page = """
            <body>
              <div class="menu"><p>Home</p><p>Sections</p></div>
              <div class="story">
                <p>The harbour authority published its annual report on Thursday morning.</p>
                <p>Container traffic rose by four percent, the report said, despite the dispute.</p>
              </div>
              <div class="teasers"><p>Read next: weather</p></div>
            </body>
            """;

        var document = Single(await ReadTextAsync("story.html", page));

        Assert.Equal(
            "The harbour authority published its annual report on Thursday morning.\nContainer traffic rose by four percent, the report said, despite the dispute.",
            document.Text);
    }

    [Fact]
    public async Task Html_reader_drops_share_bars_newsletter_boxes_and_related_links_inside_the_article()
    {
        const string page = """
            <article class="story-body">
              <div class="share-buttons"><a href="https://social.example/share">Share</a> <span>Tweet</span></div>
              <p>The port reopened on Friday after a week of closures, the harbour master said.</p>
              <div id="newsletter-signup"><p>Get our briefing every morning</p></div>
              <p>Ships queued for most of the day.</p>
              <ul class="related-links"><li><a href="/other">Earlier: the port closes</a></li></ul>
              <div class="ad"><p>Advertisement</p></div>
            </article>
            """;

        var document = Single(await ReadTextAsync("story.html", page));

        Assert.Equal("The port reopened on Friday after a week of closures, the harbour master said.\nShips queued for most of the day.", document.Text);
    }

    [Fact]
    public async Task Html_reader_keeps_a_large_wrapper_whose_class_sounds_like_furniture()
    {
        var lines = Enumerable.Range(1, 40).Select(i => $"<div>Line {i} of a long text laid out in divs rather than paragraphs.</div>");
        var page = $"<body><div class=\"sidebar-layout\">{string.Concat(lines)}</div></body>";

        var document = Single(await ReadTextAsync("layout.html", page));

        Assert.Equal(40, document.Text.Split('\n').Length);
    }

    [Fact]
    public async Task Html_reader_keeps_a_form_that_wraps_the_whole_page()
    {
        const string page = """
            <body><form id="aspnetForm">
              <p>First paragraph of a page that sits inside a form.</p>
              <p>Second paragraph.</p><p>Third paragraph.</p>
              <input type="text" value="search">
            </form></body>
            """;

        var document = Single(await ReadTextAsync("wrapped.html", page));

        Assert.Equal("First paragraph of a page that sits inside a form.\nSecond paragraph.\nThird paragraph.", document.Text);
    }

    [Fact]
    public async Task Html_reader_leaves_relative_links_as_written_when_the_page_has_no_address()
    {
        const string page = "<p>See <a href='/notes/1'>the notes</a> and <a href='#top'>top</a> and <a href='javascript:void(0)'>menu</a>.</p>";

        var document = Single(await ReadTextAsync("notes.html", page));

        var link = Assert.Single(document.Get(Layers.Markup));
        Assert.Equal("/notes/1", link.Target);
        Assert.Equal("the notes", document.TextOf(link));
    }

    [Theory]
    [InlineData("<html><head><title>Only a title</title></head><body></body></html>")]
    [InlineData("<html><body><script>var x = 1;</script><nav><a href='/'>Home</a></nav></body></html>")]
    [InlineData("<p>   &nbsp; </p>")]
    public async Task Html_reader_reports_a_page_without_text(string page)
    {
        var failure = SingleFailure(await ReadTextAsync("empty.html", page));

        Assert.Equal("no text found", failure.Error);
    }

    [Fact]
    public async Task Html_reader_reads_deep_but_plausible_nesting()
    {
        var page = Nested("div", 2_000, "<p>deep text</p>");

        Assert.Equal("deep text", Single(await ReadTextAsync("deep.html", page)).Text);
    }

    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<div/>", "")]
    [InlineData("<span>", "")]
    public async Task Html_reader_refuses_nesting_too_deep_to_parse_in_reasonable_time(string open, string close)
    {
        var page = string.Concat(Enumerable.Repeat(open, 50_000)) + "<p>x</p>" + string.Concat(Enumerable.Repeat(close, 50_000));

        var failure = SingleFailure(await ReadTextAsync("bomb.html", page));

        Assert.Equal("HTML nested more than 3000 elements deep; not read, since parsing it would take too long", failure.Error);
    }

    [Fact]
    public async Task Html_reader_does_not_count_paragraphs_line_breaks_or_svg_shapes_as_nesting()
    {
        var page = "<body>" + string.Concat(Enumerable.Repeat("<p>Line one<br>line two", 4_000))
            + "<svg>" + string.Concat(Enumerable.Repeat("<path d='M0 0'/>", 4_000)) + "</svg></body>";

        var document = Single(await ReadTextAsync("long.html", page));

        Assert.StartsWith("Line one\nline two\nLine one", document.Text);
    }

    private static string Nested(string element, int depth, string inner) =>
        string.Concat(Enumerable.Repeat($"<{element}>", depth)) + inner + string.Concat(Enumerable.Repeat($"</{element}>", depth));
}
