using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Core.Json;
using static Provenance.Ingest.Tests.IngestTestKit;

namespace Provenance.Ingest.Tests;

public class DocumentJsonReaderTests
{
    private static Document Analysed()
    {
        var text = "Ferreira said talks would resume.\nThe port stays closed.";
        var metadata = new DocumentMetadata { Outlet = "Harbour Times", Published = new DateOnly(2025, 11, 19), SourcePath = "original/page.html" };
        return new Document("harbour-7", text, metadata)
            .With(Layers.Markup, [new MarkupSpan(0, 8, MarkupKind.Link, "https://wire.example/ferreira")]);
    }

    [Fact]
    public async Task Provenance_document_json_is_read_back_with_id_metadata_and_layers()
    {
        var original = Analysed();

        var document = Single(await ReadTextAsync("out.json", DocumentJson.Write(original)));

        Assert.Equal("harbour-7", document.Id);
        Assert.Equal(original.Text, document.Text);
        Assert.Equal(original.ContentHash, document.ContentHash);
        Assert.Equal("Harbour Times", document.Metadata.Outlet);
        Assert.Equal("original/page.html", document.Metadata.SourcePath);
        var link = Assert.Single(document.Get(Layers.Markup));
        Assert.Equal("Ferreira", document.TextOf(link));
    }

    [Fact]
    public async Task Provenance_documents_are_read_from_json_lines()
    {
        var lines = DocumentJson.Write(Analysed()) + "\n" + DocumentJson.Write(Analysed().WithId("harbour-8")) + "\n";

        var results = await ReadTextAsync("out.jsonl", lines);

        Assert.Equal(["harbour-7", "harbour-8"], results.Select(r => r.Document!.Id));
    }

    [Fact]
    public async Task Provenance_document_of_a_newer_version_is_a_failure()
    {
        var json = DocumentJson.Write(Analysed()).Replace("\"version\":1", "\"version\":99", StringComparison.Ordinal);

        var failure = SingleFailure(await ReadTextAsync("out.json", json));

        Assert.StartsWith("not a valid Provenance document: Unsupported Provenance document version 99", failure.Error);
    }

    [Fact]
    public async Task Provenance_document_whose_spans_fall_outside_its_text_is_a_failure()
    {
        var json = DocumentJson.Write(Analysed()).Replace("\"end\":8", "\"end\":800", StringComparison.Ordinal);

        var failure = SingleFailure(await ReadTextAsync("out.json", json));

        Assert.StartsWith("not a valid Provenance document:", failure.Error);
    }

    [Fact]
    public async Task Provenance_document_whose_text_was_edited_after_analysis_is_a_failure()
    {
        // One word changed, same length: every span still fits the text, but no longer covers what it marked.
        var json = DocumentJson.Write(Analysed()).Replace("Ferreira said", "Ferraira said", StringComparison.Ordinal);

        var failure = SingleFailure(await ReadTextAsync("out.json", json));

        Assert.Equal("the text was edited after analysis: content_hash does not match, so its layers no longer fit; re-analyse the text instead", failure.Error);
    }

    [Fact]
    public async Task Provenance_document_with_a_stale_content_hash_fails_alone_in_json_lines()
    {
        var stale = DocumentJson.Write(Analysed()).Replace("port stays", "port is", StringComparison.Ordinal);
        var lines = stale + "\n" + DocumentJson.Write(Analysed().WithId("harbour-8")) + "\n";

        var results = await ReadTextAsync("out.jsonl", lines);

        Assert.StartsWith("the text was edited after analysis", results[0].Error);
        Assert.Equal("harbour-8", results[1].Document!.Id);
    }

    [Theory]
    [InlineData("out.json", """{"format": "provenance.corpus", "text": "Talks resume."}""")]
    [InlineData("out.json", """{"format": "acme.export", "items": []}""")]
    [InlineData("out.jsonl", """{"format": "provenance.corpus", "text": "Talks resume."}""")]
    public async Task Json_naming_a_format_other_than_a_provenance_document_is_a_failure(string name, string json)
    {
        var failure = SingleFailure(await ReadTextAsync(name, json));

        Assert.StartsWith("unknown JSON format '", failure.Error);
        Assert.Matches("'(provenance.corpus|acme.export)'", failure.Error);
    }
}
