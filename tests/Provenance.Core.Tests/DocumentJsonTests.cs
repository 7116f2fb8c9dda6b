using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Provenance.Core.Annotations;
using Provenance.Core.Json;

namespace Provenance.Core.Tests;

public sealed class DocumentJsonTests
{
    // The emoji is two UTF-16 units: every offset after it must count it as two.
    private const string Text =
        "Kyiv 🙂 “We will hold the line,” Marchenko told Meridian News (Kyiv Ledger, May 2).\n" +
        "Talks may resume by 2027, Brandt, the chief negotiator, said.";

    private static int At(string words, int occurrence = 0)
    {
        var index = -1;
        for (var n = 0; n <= occurrence; n++)
        {
            index = Text.IndexOf(words, index + 1, StringComparison.Ordinal);
        }

        return index;
    }

    private static Document EveryLayer()
    {
        var firstLineEnd = Text.IndexOf('\n');
        return new Document("dispatch", Text, new DocumentMetadata
        {
            Outlet = "Meridian News",
            Published = new DateOnly(2025, 11, 20),
            Url = "https://example.org/dispatch",
            Extra = ImmutableSortedDictionary<string, string>.Empty.Add("channel", "news"),
        })
            .With(Layers.Blocks, [new Block(0, firstLineEnd, Voice.Author), new Block(firstLineEnd + 1, Text.Length, Voice.Quoted, "Kyiv Ledger", "credit")])
            .With(Layers.Sentences, [new Sentence(0, firstLineEnd), new Sentence(firstLineEnd + 1, Text.Length)])
            .With(Layers.Tokens, [new Token(0, 4, TokenKind.Word), new Token(5, 7, TokenKind.Symbol)])
            .With(Layers.Markup, [new MarkupSpan(At("Meridian News"), At("Meridian News") + 13, MarkupKind.Link, "https://example.org/meridian")])
            .With(Layers.Quotes, [new Quote(At("We will"), At("line,") + 5, QuoteKind.Direct, "Anna Marchenko", false, "told", "Meridian News", "direct-quote")])
            .With(Layers.Entities,
            [
                new EntityMention(At("Kyiv"), At("Kyiv") + 4, EntityType.GeopoliticalEntity, "Kyiv"),
                new EntityMention(At("Marchenko"), At("Marchenko") + 9, EntityType.Person, "Anna Marchenko"),
                new EntityMention(At("Brandt"), At("Brandt") + 6, EntityType.Person, "Oleg Brandt"),
            ])
            .With(Layers.Roles, [new PersonRole(At("the chief negotiator"), At("the chief negotiator") + 20, "Oleg Brandt", "chief negotiator")])
            .With(Layers.Timex, [new Timex(At("May 2"), At("May 2") + 5, TimexType.Date, "2026-05-02"), new Timex(At("2027"), At("2027") + 4, TimexType.Date, "2027")])
            .With(Layers.Citations, [new Citation(At("Kyiv Ledger"), At("May 2") + 5, CitationKind.Parenthetical, "Kyiv Ledger", "2026-05-02", Confidence: 0.9)])
            .With(Layers.Forecasts, [new Forecast(At("Talks may resume"), At("2027") + 4, "Oleg Brandt", "talks resume", "2027", Certainty.Likely, "modal")]);
    }

    [Fact]
    public void Round_trip_keeps_every_layer_and_the_metadata()
    {
        var original = EveryLayer();

        var read = DocumentJson.Read(DocumentJson.Write(original));

        Assert.Equal(original.Id, read.Id);
        Assert.Equal(original.Text, read.Text);
        Assert.Equal(original.ContentHash, read.ContentHash);
        Assert.Equal(original.Metadata.Outlet, read.Metadata.Outlet);
        Assert.Equal(original.Metadata.Published, read.Metadata.Published);
        Assert.Equal(original.Metadata.Extra, read.Metadata.Extra);
        Assert.Equal(original.LayerKeys, read.LayerKeys);
        Assert.Equal(Layers.All, read.LayerKeys);
        foreach (var key in Layers.All)
        {
            Assert.Equal(original.GetUntyped(key), read.GetUntyped(key));
        }
    }

    [Theory]
    [InlineData("blocks", "voice", "author")]
    [InlineData("blocks", "voice", "quoted")]
    [InlineData("quotes", "kind", "direct")]
    [InlineData("entities", "type", "PERSON")]
    [InlineData("entities", "type", "GPE")]
    [InlineData("timex", "type", "DATE")]
    [InlineData("forecasts", "certainty", "likely")]
    [InlineData("citations", "kind", "parenthetical")]
    [InlineData("markup", "kind", "link")]
    public void Enums_are_written_as_the_guideline_strings(string layer, string field, string value)
    {
        var json = JsonNode.Parse(DocumentJson.Write(EveryLayer()))!;

        Assert.Contains(value, json["layers"]![layer]!.AsArray().Select(r => (string?)r![field]));
    }

    [Fact]
    public void Each_annotation_carries_its_text_at_utf16_offsets()
    {
        var json = JsonNode.Parse(DocumentJson.Write(EveryLayer()))!;

        foreach (var (layer, records) in json["layers"]!.AsObject())
        {
            foreach (var record in records!.AsArray())
            {
                var (start, end) = ((int)record!["start"]!, (int)record["end"]!);
                Assert.True(Text[start..end] == (string?)record["text"], $"{layer} [{start}, {end})");
            }
        }

        var quote = json["layers"]!["quotes"]![0]!;
        Assert.Equal(Text.IndexOf("We will", StringComparison.Ordinal), (int)quote["start"]!);
        Assert.Equal(9, (int)quote["start"]!); // "Kyiv " is 5, the emoji 2, a space and “ 2 more
        Assert.Equal("We will hold the line,", (string?)quote["text"]);
    }

    [Fact]
    public void Written_document_names_its_format_version_and_reference_date()
    {
        var json = JsonNode.Parse(DocumentJson.Write(EveryLayer()))!;

        Assert.Equal(DocumentJson.Format, (string?)json["format"]);
        Assert.Equal(DocumentJson.Version, (int)json["version"]!);
        Assert.Equal("2025-11-20", (string?)json["reference_date"]);
        Assert.Equal(EveryLayer().ContentHash, (string?)json["content_hash"]);
    }

    [Fact]
    public void Excluded_layers_are_left_out()
    {
        var json = JsonNode.Parse(DocumentJson.Write(EveryLayer(), new DocumentJsonOptions { ExcludedLayers = new HashSet<string> { "tokens" } }))!;

        Assert.Null(json["layers"]!["tokens"]);
        Assert.NotNull(json["layers"]!["sentences"]);
    }

    [Theory]
    [InlineData("""{"format": "other.document", "version": 1, "id": "x", "text": ""}""", "Not a Provenance document")]
    [InlineData("""{"version": 1, "id": "x", "text": ""}""", "Not a Provenance document")]
    [InlineData("""[]""", "Not a Provenance document")]
    [InlineData("""{"format": "provenance.document", "version": 99, "id": "x", "text": ""}""", "Unsupported Provenance document version 99")]
    [InlineData("""{"format": "provenance.document", "id": "x", "text": ""}""", "Unsupported Provenance document version 0")]
    public void Reading_rejects_another_format_or_a_newer_version(string json, string expected)
    {
        var error = Assert.Throws<JsonException>(() => DocumentJson.Read(json));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Reading_skips_unknown_layers_and_ignores_the_text_field()
    {
        const string json = """
            {"format": "provenance.document", "version": 1, "id": "memo", "text": "Talks resume.",
             "layers": {"sentiment": [{"start": 0, "end": 5}], "sentences": [{"start": 0, "end": 13, "text": "anything"}]}}
            """;

        var document = DocumentJson.Read(json);

        Assert.Equal([Layers.Sentences], document.LayerKeys);
        Assert.Equal((0, 13), (document.Get(Layers.Sentences)[0].Start, document.Get(Layers.Sentences)[0].End));
    }

    [Fact]
    public void Reading_applies_the_document_invariants()
    {
        const string json = """
            {"format": "provenance.document", "version": 1, "id": "memo", "text": "Talks resume.",
             "layers": {"sentences": [{"start": 0, "end": 40}]}}
            """;

        // The exception type is the document's (ArgumentOutOfRangeException today); what matters is the message.
        var error = Assert.ThrowsAny<Exception>(() => DocumentJson.Read(json));

        Assert.Contains("'sentences'", error.Message);
        Assert.Contains("'memo'", error.Message);
    }
}
