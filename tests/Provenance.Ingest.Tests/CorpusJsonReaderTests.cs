using Provenance.Core;
using static Provenance.Ingest.Tests.IngestTestKit;

namespace Provenance.Ingest.Tests;

public class CorpusJsonReaderTests
{
    private const string Item = """
        {"id": "news-harbour-1", "url": "https://harbourtimes.example/a", "outlet": "Harbour Times",
         "published": "2025-11-19", "kind": "news", "cluster": "kessin",
         "text": "Negotiators met again.\r\nNo deal was reached.", "section": "world"}
        """;

    [Fact]
    public async Task Corpus_reader_uses_the_source_id_and_fills_metadata()
    {
        var document = Single(await ReadTextAsync("news-harbour-1.json", Item));

        Assert.Equal("news-harbour-1", document.Id);
        Assert.Equal("https://harbourtimes.example/a", document.Metadata.Url);
        Assert.Equal("Harbour Times", document.Metadata.Outlet);
        Assert.Equal(new DateOnly(2025, 11, 19), document.Metadata.Published);
        Assert.Equal("news", document.Metadata.Kind);
        Assert.Equal("kessin", document.Metadata.Cluster);
        Assert.Equal("world", document.Metadata.Extra["section"]);
        Assert.Equal("news-harbour-1.json", document.Metadata.SourcePath);
    }

    [Fact]
    public async Task Corpus_reader_keeps_the_json_string_exactly_because_gold_offsets_point_into_it()
    {
        var document = Single(await ReadTextAsync("item.json", Item));

        Assert.Equal("Negotiators met again.\r\nNo deal was reached.", document.Text);
    }

    [Fact]
    public async Task Corpus_reader_accepts_a_null_published_date()
    {
        var document = Single(await ReadTextAsync("item.json", """{"id": "x-1", "published": null, "text": "Undated text."}"""));

        Assert.Null(document.Metadata.Published);
    }

    [Theory]
    [InlineData("\"not-a-date\"", "not-a-date")]
    [InlineData("\"last Tuesday\"", "last Tuesday")]
    [InlineData("20251119", "20251119")]
    public async Task Corpus_reader_keeps_an_item_whose_published_value_is_not_a_date_with_the_date_unknown(string published, string kept)
    {
        var document = Single(await ReadTextAsync("item.json", $$"""{"id": "x-1", "published": {{published}}, "text": "Text."}"""));

        Assert.Null(document.Metadata.Published);
        Assert.Equal(kept, document.Metadata.Extra["published_text"]);
    }

    [Fact]
    public async Task Corpus_reader_reads_an_array_and_fails_bad_items_alone()
    {
        const string array = """
            [{"id": "a", "text": "First."},
             {"id": "b", "text": "   "},
             42,
             {"id": "d", "text": "Fourth."}]
            """;

        var results = await ReadTextAsync("batch.json", array);

        Assert.Equal(["batch.json#1", "batch.json#2", "batch.json#3", "batch.json#4"], results.Select(r => r.SourcePath));
        Assert.Equal("First.", results[0].Document!.Text);
        Assert.Equal("no text found", results[1].Error);
        Assert.StartsWith("expected a JSON object", results[2].Error);
        Assert.Equal("d", results[3].Document!.Id);
    }

    [Fact]
    public async Task Json_lines_reader_reads_one_document_per_line_and_reports_bad_lines_by_number()
    {
        const string lines = "{\"id\": \"a\", \"text\": \"One.\"}\n\n{\"id\": \"b\", \"text\": \"Two.\"\n{\"id\": \"c\", \"text\": \"Three.\"}\n";

        var results = await ReadTextAsync("batch.jsonl", lines);

        Assert.Equal(["batch.jsonl#1", "batch.jsonl#3", "batch.jsonl#4"], results.Select(r => r.SourcePath));
        Assert.Equal("a", results[0].Document!.Id);
        Assert.StartsWith("malformed JSON on line 3", results[1].Error);
        Assert.Equal("c", results[2].Document!.Id);
    }

    [Fact]
    public async Task Document_without_an_id_gets_one_from_its_content_hash()
    {
        var document = Single(await ReadTextAsync("item.json", """{"text": "No id here."}"""));

        Assert.Equal(ContentHash.ShortId(ContentHash.Of("No id here.")), document.Id);
    }

    [Fact]
    public async Task Malformed_json_is_a_failure_naming_line_and_position()
    {
        var failure = SingleFailure(await ReadTextAsync("item.json", "{\"id\": \"a\",\n  \"text\": oops}"));

        Assert.StartsWith("malformed JSON at line 2, byte 11:", failure.Error);
    }

    [Fact]
    public async Task Json_of_no_known_shape_is_a_failure()
    {
        var failure = SingleFailure(await ReadTextAsync("settings.json", """{"theme": "dark"}"""));

        Assert.Equal("JSON that is neither a corpus document, a Telegram channel export nor a Provenance document", failure.Error);
    }
}
