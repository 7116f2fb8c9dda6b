using Provenance.Core;
using static Provenance.Ingest.Tests.IngestTestKit;

namespace Provenance.Ingest.Tests;

public class OverrideAndIdentityTests
{
    [Fact]
    public async Task Outlet_and_published_overrides_replace_what_every_source_states()
    {
        var options = IngestOptions.Default with { Outlet = "Analyst Desk", Published = new DateOnly(2025, 12, 1) };

        var results = await ReadPathsAsync(options, Fixture("northgate-feed.xml"), Fixture("harbor-accord.html"), Fixture("telegram", "result.json"));

        var documents = results.Where(r => r.Succeeded).Select(r => r.Document!).ToList();
        Assert.Equal(7, documents.Count);
        Assert.All(documents, d => Assert.Equal("Analyst Desk", d.Metadata.Outlet));
        Assert.All(documents, d => Assert.Equal(new DateOnly(2025, 12, 1), d.Metadata.Published));
        Assert.All(documents, d => Assert.Equal(new DateOnly(2025, 12, 1), d.ReferenceDate));
    }

    [Fact]
    public async Task Overrides_apply_to_re_ingested_provenance_documents()
    {
        var json = Core.Json.DocumentJson.Write(new Document("d1", "Text.", new DocumentMetadata { Outlet = "Old" }));

        var document = Single(await ReadTextAsync("d1.json", json, IngestOptions.Default with { Outlet = "New" }));

        Assert.Equal("New", document.Metadata.Outlet);
    }

    [Fact]
    public async Task Without_overrides_each_source_keeps_its_own_outlet()
    {
        var document = Single(await ReadPathsAsync(null, Fixture("harbor-accord.html")));

        Assert.Equal("The Meridian Ledger", document.Metadata.Outlet);
    }

    [Fact]
    public async Task Same_text_from_two_sources_has_the_same_content_hash_and_id()
    {
        using var folder = new TempFolder();
        var crlf = folder.Write("windows.txt", "Talks resumed.\r\nNo deal yet.");
        var html = folder.Write("page.html", "<p>Talks resumed.</p><p>No deal yet.</p>");

        var results = await ReadPathsAsync(null, crlf, html);

        Assert.Equal(results[0].Document!.ContentHash, results[1].Document!.ContentHash);
        Assert.Equal(results[0].Document!.Id, results[1].Document!.Id);
        Assert.NotEqual(results[0].Document!.Metadata.SourcePath, results[1].Document!.Metadata.SourcePath);
    }

    [Fact]
    public async Task Different_text_has_a_different_content_hash()
    {
        var first = Single(await ReadTextAsync("a.txt", "Talks resumed."));
        var second = Single(await ReadTextAsync("b.txt", "Talks resumed!"));

        Assert.NotEqual(first.ContentHash, second.ContentHash);
    }

    [Fact]
    public async Task Every_document_records_where_it_was_read_from()
    {
        var results = await ReadPathsAsync(null, Fixture("northgate-feed.xml"), Fixture("kessin-commentary.md"), Fixture("policy-review.atom"));

        Assert.All(results.Where(r => r.Succeeded), r => Assert.Equal(r.SourcePath, r.Document!.Metadata.SourcePath));
    }

    [Fact]
    public void Invalid_options_are_rejected_when_the_source_is_built()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentSource(IngestOptions.Default with { MaxFileBytes = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentSource(IngestOptions.Default with { MaxArchiveDepth = -1 }));
    }
}
