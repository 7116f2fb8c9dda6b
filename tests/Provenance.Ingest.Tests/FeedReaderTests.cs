using Provenance.Core;
using Provenance.Core.Annotations;
using static Provenance.Ingest.Tests.IngestTestKit;

namespace Provenance.Ingest.Tests;

public class FeedReaderTests
{
    private static Task<List<ReadResult>> ReadRssFixtureAsync() => ReadPathsAsync(null, Fixture("northgate-feed.xml"));

    [Fact]
    public async Task Rss_reader_yields_one_result_per_item_with_text_named_by_position()
    {
        var results = await ReadRssFixtureAsync();

        // Item 3 is a photo post with an empty description: skipped, and the numbering keeps its place.
        var path = Fixture("northgate-feed.xml");
        Assert.Equal([path + "#1", path + "#2", path + "#4"], results.Select(r => r.SourcePath));
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
    }

    [Fact]
    public async Task Rss_reader_prefers_full_content_and_strips_its_html()
    {
        var document = (await ReadRssFixtureAsync())[0].Document!;

        Assert.Equal(
            "Osmark on Tuesday named Lena Brandt as its envoy to the Kessin talks.\nBrandt told Radio Nordhavn that she expected \u201Chard weeks\u201D ahead.",
            document.Text);
        var link = Assert.Single(document.Get(Layers.Markup));
        Assert.Equal("Radio Nordhavn", document.TextOf(link));
        Assert.Equal("https://northgate.example/2025/11/radio-interview", link.Target);
    }

    [Fact]
    public async Task Rss_reader_fills_item_metadata_and_feed_title_as_outlet()
    {
        var results = await ReadRssFixtureAsync();
        var first = results[0].Document!.Metadata;
        var second = results[1].Document!.Metadata;

        Assert.Equal("https://northgate.example/2025/11/18/osmark-envoy", first.Url);
        Assert.Equal(new DateOnly(2025, 11, 18), first.Published);
        Assert.Equal("Osmark names new envoy for Kessin talks", first.Title);
        Assert.Equal("Imre Halas", first.Author);
        Assert.Equal("Northgate Dispatch", first.Outlet);
        Assert.Equal("en", first.Language);
        Assert.Equal(results[0].SourcePath, first.SourcePath);
        Assert.Equal("Veltria's parliament to debate port bill", second.Title);
        Assert.Equal(new DateOnly(2025, 11, 17), second.Published);
    }

    [Fact]
    public async Task Rss_reader_decodes_entity_encoded_html_descriptions()
    {
        var document = (await ReadRssFixtureAsync())[1].Document!;

        Assert.Equal("The bill would give the port authority new powers.\nA vote is expected \"within weeks\".", document.Text);
    }

    [Fact]
    public async Task Rss_reader_leaves_an_unreadable_date_unknown_and_keeps_its_text()
    {
        var results = await ReadRssFixtureAsync();

        var markets = results[2].Document!;
        Assert.Equal("Shipping shares barely moved.", markets.Text);
        Assert.Null(markets.Metadata.Published);
        Assert.Equal("sometime last week", markets.Metadata.Extra["published_text"]);
    }

    [Fact]
    public async Task Atom_reader_reads_html_and_text_content()
    {
        var results = await ReadPathsAsync(null, Fixture("policy-review.atom"));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        var analysis = results[0].Document!;
        Assert.Equal("A neutral inspector would need access to every berth.\nAccess is the whole question.", analysis.Text);
        Assert.Equal(["Access is the whole question."], MarkupTexts(analysis, MarkupKind.BlockQuote));
        Assert.Equal("No deal was reached on Tuesday.\nTalks resume on Thursday.", results[1].Document!.Text);
    }

    [Fact]
    public async Task Atom_reader_fills_metadata_using_the_update_date_when_nothing_is_published()
    {
        var results = await ReadPathsAsync(null, Fixture("policy-review.atom"));
        var analysis = results[0].Document!.Metadata;
        var brief = results[1].Document!.Metadata;

        Assert.Equal("Osmark Policy Review", analysis.Outlet);
        Assert.Equal("Petra Lind", analysis.Author);
        Assert.Equal(new DateOnly(2025, 11, 19), analysis.Published);
        Assert.Equal("https://policyreview.example/analysis/neutral-inspector", analysis.Url);
        Assert.Equal(new DateOnly(2025, 11, 18), brief.Published);
        Assert.Equal("https://policyreview.example/brief/no-deal", brief.Url);
    }

    [Fact]
    public async Task Feed_in_an_xml_file_is_recognised_by_its_root()
    {
        var atom = await File.ReadAllTextAsync(Fixture("policy-review.atom"));

        var results = await ReadTextAsync("updates.xml", atom);

        Assert.Equal(2, results.Count(r => r.Succeeded));
    }

    [Fact]
    public async Task Malformed_feed_is_one_failure_naming_line_and_position()
    {
        const string feed = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Broken</title>\n<item><title>Fish & chips</title></item></channel></rss>";

        var failure = SingleFailure(await ReadTextAsync("broken.rss", feed));

        Assert.Equal("broken.rss", failure.SourcePath);
        Assert.StartsWith("malformed XML feed:", failure.Error);
        Assert.Contains("Line 3", failure.Error);
        Assert.Contains("position", failure.Error);
    }

    [Fact]
    public async Task Xml_that_is_not_a_feed_is_a_failure()
    {
        var failure = SingleFailure(await ReadTextAsync("data.xml", "<?xml version=\"1.0\"?><inventory><item>crates</item></inventory>"));

        Assert.Equal("XML that is not an RSS or Atom feed", failure.Error);
    }

    [Fact]
    public async Task Feed_without_items_is_a_failure()
    {
        var failure = SingleFailure(await ReadTextAsync("quiet.rss", "<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>"));

        Assert.Equal("no text found", failure.Error);
    }
}
