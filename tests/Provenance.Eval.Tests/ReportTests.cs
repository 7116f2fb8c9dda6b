using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Provenance.Eval.Tests.Support;

namespace Provenance.Eval.Tests;

/// <summary>The JSON report, the table rows and the plain-text rendering of an eval run.</summary>
public sealed class ReportTests
{
    private static readonly Fixture Memo = new("memo", "Marchenko said the corridor would open. Brandt said talks would resume. Novak is the spokeswoman.");

    private static EvalReport Report()
    {
        var withPrediction = Scoring.Score(
            Memo.Gold(
                ("quotes", [Memo.Span("the corridor would open", ("speaker", "Anna Marchenko")), Memo.Span("talks would resume", ("speaker", "Oleg Brandt"))]),
                ("roles", [Fixture.Role("Lena Novak", "spokeswoman")])),
            Fixture.Prediction(
                ("quotes", [Memo.Span("the corridor would open", ("speaker", "Marchenko")), Memo.Span("Marchenko said", ("speaker", "Marchenko")), Memo.Span("Novak", ("speaker", "Novak"))]),
                ("roles", [Fixture.Role("Novak", "spokeswoman")])));
        var other = new Fixture("other", "Nothing was said.");
        var withoutPrediction = Scoring.Score(other.Gold(("quotes", []), ("forecasts", [other.Span("Nothing was said", ("holder", "author"))])), Fixture.Prediction());
        return EvalReport.From([withPrediction, withoutPrediction], [new EvalProblem("pred/broken.json", "pred/broken.json: not valid JSON")]);
    }

    [Fact]
    public void Json_report_has_score_py_shape_with_rounded_numbers()
    {
        var json = JsonNode.Parse(EvalReportJson.Write(Report()))!;

        // memo: 1 of 3 predicted, 1 of 2 gold; other: nothing either way.
        var relaxed = json["total"]!["quotes"]!["relaxed"]!;
        Assert.Equal((0.333, 0.5, 0.4), ((double)relaxed["p"]!, (double)relaxed["r"]!, (double)relaxed["f1"]!));
        Assert.Equal((1, 3, 2), ((int)relaxed["tp"]!, (int)relaxed["pred"]!, (int)relaxed["gold"]!));
        Assert.Equal(1.0, (double)json["total"]!["roles"]!["f1"]!); // roles are one result, not a map of metrics
        Assert.Equal(0.4, (double)json["documents"]!["memo"]!["quotes"]!["relaxed"]!["f1"]!);
        Assert.Equal(1.0, (double)json["documents"]!["other"]!["quotes"]!["strict"]!["f1"]!);
        Assert.Null(json["documents"]!["memo"]!["forecasts"]);
        Assert.Equal(["quotes", "forecasts"], json["not_produced"]!["other"]!.AsArray().Select(n => (string)n!));
        Assert.Null(json["not_produced"]!["memo"]);
        Assert.Equal("pred/broken.json", (string)json["problems"]![0]!["source"]!);
    }

    [Fact]
    public void Table_has_a_row_per_layer_and_metric_with_not_produced_notes()
    {
        var table = EvalTable.From(Report());

        Assert.Equal(2, table.Documents);
        Assert.Equal(
            ["quotes/strict", "quotes/relaxed", "quotes/speaker", "quotes/kind", "quotes/outlet", "forecasts/strict", "forecasts/relaxed",
             "forecasts/holder", "forecasts/horizon", "forecasts/certainty", "roles/pairs"],
            table.TotalRows.Select(r => $"{r.Layer}/{r.Metric}"));
        Assert.All(table.TotalRows, r => Assert.Null(r.DocumentId));
        Assert.Equal("not produced in 1 of 2 documents", table.TotalRows.First(r => r.Layer == "quotes").Note);
        Assert.Equal("not produced", table.TotalRows.First(r => r.Layer == "forecasts").Note);
        Assert.Null(table.TotalRows.Single(r => r.Layer == "roles").Note);
        Assert.Equal(["memo", "other"], table.DocumentRows.Select(r => r.DocumentId).Distinct());
    }

    [Fact]
    public void Text_rendering_shows_totals_documents_and_problems()
    {
        var text = EvalTextRenderer.Render(Report());

        Assert.StartsWith("Scored 2 documents.", text);
        Assert.Matches(new Regex(@"^quotes\s+relaxed\s+0\.333\s+0\.500\s+0\.400\s+1\s+3\s+2\s+not produced in 1 of 2 documents$", RegexOptions.Multiline), text);
        Assert.Matches(new Regex(@"^forecasts\s+strict\s+0\.000\s+0\.000\s+0\.000\s+0\s+0\s+1\s+not produced$", RegexOptions.Multiline), text);
        Assert.Matches(new Regex(@"^memo\s+roles\s+pairs\s+1\.000\s+1\.000\s+1\.000\s+1\s+1\s+1$", RegexOptions.Multiline), text);
        Assert.Contains("pred/broken.json: not valid JSON", text);
    }

    [Fact]
    public void Text_rendering_can_leave_out_documents()
    {
        var text = EvalTextRenderer.Render(Report(), includeDocuments: false);

        Assert.DoesNotContain("Per document", text);
        Assert.DoesNotMatch(new Regex(@"^memo\s", RegexOptions.Multiline), text);
    }
}
