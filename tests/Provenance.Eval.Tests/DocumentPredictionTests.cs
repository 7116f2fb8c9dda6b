using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Eval.Tests.Support;
using static Provenance.Eval.Tests.Support.Scoring;

namespace Provenance.Eval.Tests;

/// <summary>An analysed <see cref="Document"/> is scored through its JSON form, like a prediction file.</summary>
public sealed class DocumentPredictionTests
{
    // The emoji takes two UTF-16 units; gold and the document both count in UTF-16, so spans after it still pair.
    private static readonly Fixture Dispatch = new(
        "dispatch",
        "“The corridor will open on Friday,” Marchenko told Meridian News.\n🙂 Brandt, the chief negotiator, said talks would resume in Geneva.");

    private static int At(string words) => Dispatch.Text.IndexOf(words, StringComparison.Ordinal);

    private static Span Of(string words) => new(At(words), At(words) + words.Length);

    private readonly record struct Span(int Start, int End);

    private static Document Analysed()
    {
        var firstLine = Of("“The corridor will open on Friday,” Marchenko told Meridian News.");
        var secondLine = Of("🙂 Brandt, the chief negotiator, said talks would resume in Geneva.");
        var quote = Of("The corridor will open on Friday,");
        var indirect = Of("talks would resume in Geneva");
        return new Document("dispatch", Dispatch.Text)
            .With(Layers.Blocks, [new Block(firstLine.Start, firstLine.End), new Block(secondLine.Start, secondLine.End)])
            .With(Layers.Quotes,
            [
                new Quote(quote.Start, quote.End, QuoteKind.Direct, "Marchenko", false, "told", "Meridian News"),
                new Quote(indirect.Start, indirect.End, QuoteKind.Indirect, "Oleg Brandt", false, "said", null),
            ])
            .With(Layers.Entities,
            [
                new EntityMention(At("Marchenko"), At("Marchenko") + 9, EntityType.Person, "Anna Marchenko"),
                new EntityMention(At("Meridian News"), At("Meridian News") + 13, EntityType.Organization, "Meridian News"),
                new EntityMention(At("Brandt"), At("Brandt") + 6, EntityType.Person, "Oleg Brandt"),
                new EntityMention(At("Geneva"), At("Geneva") + 6, EntityType.GeopoliticalEntity, "Geneva"),
            ])
            .With(Layers.Timex, [new Timex(At("Friday"), At("Friday") + 6, TimexType.Date, "2025-11-21")])
            .With(Layers.Roles, [new PersonRole(At("the chief negotiator"), At("the chief negotiator") + 20, "Oleg Brandt", "chief negotiator")])
            .With(Layers.Citations, []);
    }

    private static string Gold() => Dispatch.Gold(
        ("blocks",
        [
            Dispatch.Span("“The corridor will open on Friday,” Marchenko told Meridian News.", ("voice", "author"), ("source", null)),
            Dispatch.Span("🙂 Brandt, the chief negotiator, said talks would resume in Geneva.", ("voice", "author"), ("source", null)),
        ]),
        ("quotes",
        [
            Dispatch.Span("The corridor will open on Friday,", ("kind", "direct"), ("speaker", "Anna Marchenko"), ("anonymous", false), ("outlet", "Meridian News")),
            Dispatch.Span("talks would resume in Geneva", ("kind", "indirect"), ("speaker", "Oleg Brandt"), ("anonymous", false), ("outlet", null)),
        ]),
        ("entities",
        [
            Dispatch.Span("Marchenko", ("type", "PERSON"), ("entity", "Anna Marchenko")),
            Dispatch.Span("Meridian News", ("type", "ORG"), ("entity", "Meridian News")),
            Dispatch.Span("Brandt", ("type", "PERSON"), ("entity", "Oleg Brandt")),
            Dispatch.Span("Geneva", ("type", "GPE"), ("entity", "Geneva")),
        ]),
        ("timex", [Dispatch.Span("Friday", ("type", "DATE"), ("value", "2025-11-21"))]),
        ("roles", [Fixture.Role("Oleg Brandt", "chief negotiator")]),
        ("citations", []),
        ("forecasts", []));

    [Fact]
    public void A_document_that_matches_gold_scores_one_on_every_produced_layer()
    {
        var score = Scorer.ScoreDocument(GoldDocumentReader.Parse(Gold()), Analysed());

        foreach (var layer in score.Layers.Where(l => l.Layer != "forecasts"))
        {
            Assert.Equal(LayerProduction.Produced, layer.Production);
            Assert.All(layer.Metrics, m => Assert.True(m.F1 == 1.0, $"{layer.Layer}/{m.Metric}: F1 {m.F1}"));
        }
    }

    [Fact]
    public void A_layer_the_document_lacks_is_not_produced_and_an_empty_one_is()
    {
        var score = Scorer.ScoreDocument(GoldDocumentReader.Parse(Gold()), Analysed());

        Assert.Equal(LayerProduction.NotProduced, score["forecasts"].Production);
        Assert.Equal(LayerProduction.Produced, score["citations"].Production);
    }

    [Fact]
    public void Document_and_its_json_file_score_the_same()
    {
        var gold = GoldDocumentReader.Parse(Gold());
        var fromDocument = Scorer.ScoreDocument(gold, Analysed());
        var fromFile = Scorer.ScoreDocument(gold, PredictionReader.Parse(Provenance.Core.Json.DocumentJson.Write(Analysed())));

        Assert.Equal(EvalReportJson.Write(EvalReport.From([fromDocument])), EvalReportJson.Write(EvalReport.From([fromFile])));
    }

    [Fact]
    public void Guideline_strings_of_enums_match_gold_values()
    {
        var prediction = PredictionReader.FromDocument(Analysed());

        Assert.Equal(["author", "author"], prediction["blocks"].Select(b => b["voice"]));
        Assert.Equal(["direct", "indirect"], prediction["quotes"].Select(q => q["kind"]));
        Assert.Equal(["PERSON", "ORG", "PERSON", "GPE"], prediction["entities"].Select(e => e["type"]));
        Assert.Equal("DATE", prediction["timex"].Single()["type"]);
        Assert.Equal("Brandt", prediction["entities"][2].Text);
    }

    [Fact]
    public void Layer_names_agree_with_the_core_model()
    {
        Assert.All(Scorer.ScoredLayers, name => Assert.True(Layers.TryGet(name, out _), $"Core has no layer '{name}'."));
    }
}
