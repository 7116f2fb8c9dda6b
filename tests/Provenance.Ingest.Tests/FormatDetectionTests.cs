using Provenance.Core.Annotations;
using static Provenance.Ingest.Tests.IngestTestKit;

namespace Provenance.Ingest.Tests;

public class FormatDetectionTests
{
    [Fact]
    public async Task Json_file_is_read_as_telegram_export_corpus_document_or_provenance_document_by_content()
    {
        var telegram = await File.ReadAllTextAsync(Fixture("telegram", "result.json"));
        var corpus = """{"id": "c-1", "text": "Corpus text."}""";
        var provenance = Core.Json.DocumentJson.Write(new Core.Document("p-1", "Provenance text."));

        Assert.Equal(3, (await ReadTextAsync("export.json", telegram)).Count);
        Assert.Equal("c-1", Single(await ReadTextAsync("item.json", corpus)).Id);
        Assert.Equal("p-1", Single(await ReadTextAsync("doc.json", provenance)).Id);
    }

    [Theory]
    [InlineData("page", "<!DOCTYPE html><html><body><p>Sniffed <q>page</q>.</p></body></html>", "Sniffed page.")]
    [InlineData("item.dat", "{\"id\": \"x\", \"text\": \"Sniffed corpus.\"}", "Sniffed corpus.")]
    [InlineData("notes", "Just some [notes] with *stars*.", "Just some [notes] with *stars*.")]
    [InlineData("weird.log", "{ not json at all", "{ not json at all")]
    public async Task Unknown_extension_is_sniffed_with_plain_text_as_the_last_resort(string name, string content, string expectedText)
    {
        Assert.Equal(expectedText, Single(await ReadTextAsync(name, content)).Text);
    }

    [Fact]
    public async Task Unknown_extension_with_feed_content_is_read_as_a_feed()
    {
        var feed = await File.ReadAllTextAsync(Fixture("northgate-feed.xml"));

        var results = await ReadTextAsync("download", feed);

        Assert.Equal("download#1", results[0].SourcePath);
    }

    [Fact]
    public async Task Unknown_extension_with_json_lines_content_is_read_line_by_line()
    {
        var results = await ReadTextAsync("export.txt.part", "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}");

        Assert.Equal(["a", "b"], results.Select(r => r.Document!.Id));
    }

    [Fact]
    public async Task Extension_decides_before_content_so_a_txt_file_with_markup_stays_text()
    {
        var document = Single(await ReadTextAsync("raw.txt", "<p>Not parsed</p>"));

        Assert.Equal("<p>Not parsed</p>", document.Text);
    }

    [Fact]
    public async Task Extension_is_case_insensitive()
    {
        var document = Single(await ReadTextAsync("PAGE.HTML", "<p>Upper <cite>case</cite>.</p>"));

        Assert.Equal(["case"], MarkupTexts(document, MarkupKind.Cite));
    }
}
