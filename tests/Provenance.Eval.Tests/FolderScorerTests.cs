using Provenance.Eval.Tests.Support;

namespace Provenance.Eval.Tests;

/// <summary>Scoring a gold folder against a prediction folder, as <c>score.py GOLD PRED</c> does.</summary>
public sealed class FolderScorerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static readonly Fixture Alpha = new("alpha", "Marchenko said the corridor would open.");
    private static readonly Fixture Beta = new("beta", "Brandt said talks would resume.");

    public void Dispose() => _folder.Dispose();

    private (string Gold, string Prediction) Folders()
    {
        var gold = _folder.Sub("gold");
        var prediction = _folder.Sub("pred");
        File.WriteAllText(Path.Combine(gold, "alpha.json"), Alpha.Gold(("quotes", [Alpha.Span("the corridor would open", ("speaker", "Anna Marchenko"))])));
        File.WriteAllText(Path.Combine(gold, "beta.json"), Beta.Gold(("quotes", [Beta.Span("talks would resume", ("speaker", "Oleg Brandt"))])));
        File.WriteAllText(Path.Combine(gold, "README.md"), "not a gold file");
        File.WriteAllText(Path.Combine(prediction, "alpha.json"), Fixture.Prediction(("quotes", [Alpha.Span("the corridor would open", ("speaker", "Marchenko"))])));
        return (gold, prediction);
    }

    [Fact]
    public void A_missing_prediction_file_scores_as_no_layers()
    {
        var (gold, prediction) = Folders();

        var report = FolderScorer.Score(gold, prediction);

        Assert.Equal(["alpha", "beta"], report.Documents.Select(d => d.DocumentId));
        Assert.Equal(LayerProduction.NotProduced, report.Documents[1]["quotes"].Production);
        Assert.Equal((1, 1, 2), (report.Total["quotes"]["relaxed"].TruePositives, report.Total["quotes"]["relaxed"].Predicted, report.Total["quotes"]["relaxed"].Gold));
        Assert.Empty(report.Problems);
    }

    [Fact]
    public void An_unreadable_file_is_listed_as_a_problem_and_the_rest_is_scored()
    {
        var (gold, prediction) = Folders();
        File.WriteAllText(Path.Combine(prediction, "beta.json"), "{\"layers\": {\"quotes\": [");
        File.WriteAllText(Path.Combine(gold, "gamma.json"), "{\"layers\": {}}");

        var report = FolderScorer.Score(gold, prediction);

        Assert.Equal(["alpha"], report.Documents.Select(d => d.DocumentId));
        Assert.Equal(2, report.Problems.Count);
        Assert.Contains(report.Problems, p => p.Source.EndsWith("gamma.json", StringComparison.Ordinal) && p.Message.Contains("no \"id\"", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Source.EndsWith("beta.json", StringComparison.Ordinal) && p.Message.Contains("not valid JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void Documents_can_be_restricted_by_id()
    {
        var (gold, prediction) = Folders();

        var report = FolderScorer.Score(gold, prediction, new HashSet<string> { "beta" });

        Assert.Equal(["beta"], report.Documents.Select(d => d.DocumentId));
        Assert.Equal(1, report.Total.Documents);
    }

    [Fact]
    public void A_missing_gold_folder_is_an_error_that_names_it()
    {
        var missing = Path.Combine(_folder.Path, "nowhere");

        var error = Assert.Throws<DirectoryNotFoundException>(() => FolderScorer.Score(missing, _folder.Path));

        Assert.Contains(missing, error.Message);
    }
}
