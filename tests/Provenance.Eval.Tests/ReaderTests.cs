using System.Text.Json;
using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Core.Json;

namespace Provenance.Eval.Tests;

/// <summary>Reading gold files and predictions into the one record shape the scorer uses.</summary>
public sealed class ReaderTests
{
    [Fact]
    public void Gold_keeps_absent_and_empty_layers_apart()
    {
        var gold = GoldDocumentReader.Parse("""{"id": "memo", "reference_date": "2025-11-20", "layers": {"quotes": [], "sentences": [{"start": 0, "end": 4}]}}""");

        Assert.Equal("memo", gold.Id);
        Assert.Equal("2025-11-20", gold.ReferenceDate);
        Assert.True(gold.Layers.Contains("quotes"));
        Assert.Empty(gold.Layers["quotes"]);
        Assert.False(gold.Layers.Contains("entities"));
        Assert.False(gold.Layers.Contains("sentences")); // not a scored layer
    }

    [Fact]
    public void Record_fields_keep_their_json_values_as_text()
    {
        var gold = GoldDocumentReader.Parse("""
            {"id": "memo", "layers": {"quotes": [{"start": 3, "end": 9, "text": "corrid", "speaker": "Oleg Brandt",
             "anonymous": false, "outlet": null, "confidence": 0.5}]}}
            """);

        var quote = Assert.Single(gold.Layers["quotes"]);
        Assert.Equal((3, 9, "corrid"), (quote.Start, quote.End, quote.Text));
        Assert.Equal("Oleg Brandt", quote["speaker"]);
        Assert.Equal("false", quote["anonymous"]);
        Assert.False(ScoredRecord.IsTruthy(quote["anonymous"]));
        Assert.Null(quote["outlet"]);
        Assert.Equal("0.5", quote["confidence"]);
        Assert.Null(quote["cue"]);
    }

    [Fact]
    public void Gold_roles_need_no_offsets()
    {
        var gold = GoldDocumentReader.Parse("""{"id": "memo", "layers": {"roles": [{"entity": "Oleg Brandt", "role": "negotiator"}]}}""");

        var role = Assert.Single(gold.Layers["roles"]);
        Assert.False(role.HasSpan);
        Assert.Equal("negotiator", role["role"]);
    }

    [Theory]
    [InlineData("""{"layers": {}}""", "no \"id\"")]
    [InlineData("""{"id": "memo"}""", "no \"layers\"")]
    [InlineData("""{"id": "memo", "layers": []}""", "\"layers\" must be an object")]
    [InlineData("""{"id": "memo", "layers": {"quotes": {}}}""", "layer 'quotes' must be a list")]
    [InlineData("""{"id": "memo", "layers": {"quotes": null}}""", "layer 'quotes' must be a list")]
    [InlineData("""{"id": "memo", "layers": {"quotes": [{"end": 3}]}}""", "quotes[0] has no \"start\"")]
    [InlineData("""{"id": "memo", "layers": {"quotes": [{"start": 0, "end": 3}, {"start": "1", "end": 3}]}}""", "quotes[1]: \"start\" must be a whole number")]
    [InlineData("""{"id": "memo", "layers": {"quotes": [7]}}""", "quotes[0] must be an object")]
    [InlineData("""{"id": "memo", "layers": {"blocks": [{"start": 0, "end": 3}]}}""", "no \"voice\" field")]
    [InlineData("""{"id": "memo", "layers": {"roles": [{"entity": "Oleg Brandt"}]}}""", "no \"role\" field")]
    [InlineData("""{"id": "memo", "layers": """, "not valid JSON")]
    [InlineData("""[1, 2]""", "must be a JSON object")]
    public void Malformed_gold_fails_with_a_message_naming_file_and_field(string json, string expected)
    {
        var error = Assert.Throws<JsonException>(() => GoldDocumentReader.Parse(json, "gold/memo.json"));

        Assert.Contains("gold/memo.json", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Prediction_layers_may_be_wrapped_or_at_top_level()
    {
        const string records = """{"quotes": [{"start": 0, "end": 5, "text": "Talks", "speaker": "Oleg Brandt"}]}""";

        var wrapped = PredictionReader.Parse($$"""{"id": "memo", "layers": {{records}}}""");
        var bare = PredictionReader.Parse(records);

        Assert.Equal(wrapped["quotes"].Single() with { Attributes = bare["quotes"].Single().Attributes }, bare["quotes"].Single());
        Assert.Equal("Oleg Brandt", bare["quotes"].Single()["speaker"]);
    }

    [Fact]
    public void A_saved_provenance_document_reads_as_a_prediction()
    {
        var document = new Document("memo", "Talks resume in Geneva.")
            .With(Layers.Entities, [new EntityMention(16, 22, EntityType.GeopoliticalEntity, "Geneva")])
            .With(Layers.Sentences, [new Sentence(0, 23)]);

        var prediction = PredictionReader.Parse(DocumentJson.Write(document));

        var entity = Assert.Single(prediction["entities"]);
        Assert.Equal((16, 22, "Geneva", "GPE", "Geneva"), (entity.Start, entity.End, entity.Text, entity["type"], entity["entity"]));
        Assert.False(prediction.Contains("sentences"));
    }

    [Fact]
    public void Reading_a_missing_file_reports_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"provenance-eval-{Guid.NewGuid():N}", "absent.json");

        Assert.False(GoldDocumentReader.TryReadFile(path, out var gold, out var error));
        Assert.Null(gold);
        Assert.Contains(path, error);
        Assert.False(PredictionReader.TryReadFile(path, out var prediction, out error));
        Assert.Null(prediction);
        Assert.Contains(path, error);
    }
}
