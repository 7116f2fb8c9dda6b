using System.Text.Json.Nodes;
using Provenance.Eval.Tests.Support;
using Xunit.Abstractions;

namespace Provenance.Eval.Tests;

/// <summary>
/// Runs the reference scorer (<c>../shared/gold/score.py</c>) and our scorer on the same folders and requires the
/// same numbers everywhere. The folders are written by the tests: our own fixtures, and predictions derived from
/// the shared gold files at test time (nothing of the shared files enters the repository). Each test returns early
/// with a message when python3 or the shared folder is missing.
/// </summary>
public sealed class ScorePyAgreementTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Scores_of_our_fixtures_equal_score_py()
    {
        if (PythonReference.MissingReason() is { } reason)
        {
            output.WriteLine($"Skipped: {reason}.");
            return;
        }

        var gold = _folder.Sub("gold");
        var prediction = _folder.Sub("pred");
        foreach (var (id, goldJson, predictionJson) in AgreementFixtures.All())
        {
            File.WriteAllText(Path.Combine(gold, id + ".json"), goldJson);
            if (predictionJson is not null)
            {
                File.WriteAllText(Path.Combine(prediction, id + ".json"), predictionJson);
            }
        }

        var compared = AssertAgreement(gold, prediction);
        output.WriteLine($"{compared} metrics compared.");
    }

    [Fact]
    public void Shared_gold_scored_against_itself_is_perfect_in_both_scorers()
    {
        if (PythonReference.GoldDirectory is not { } sharedGold)
        {
            output.WriteLine("Skipped: ../shared/gold is not beside the repository root.");
            return;
        }

        var report = FolderScorer.Score(sharedGold, sharedGold);

        Assert.Empty(report.Problems);
        Assert.NotEmpty(report.Documents);
        foreach (var document in report.Documents)
        {
            foreach (var layer in document.Layers)
            {
                Assert.All(layer.Metrics, m => Assert.True(m.F1 == 1.0, $"{document.DocumentId}/{layer.Layer}/{m.Metric}: F1 {m.F1}"));
            }
        }

        if (PythonReference.MissingReason() is null)
        {
            AssertAgreement(sharedGold, sharedGold);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Shared_gold_against_perturbed_predictions_scores_as_score_py(int seed)
    {
        if (PythonReference.MissingReason() is { } reason)
        {
            output.WriteLine($"Skipped: {reason}.");
            return;
        }

        var prediction = _folder.Sub("pred");
        var random = new Random(seed);
        foreach (var file in Directory.EnumerateFiles(PythonReference.GoldDirectory!, "*.json"))
        {
            var gold = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            if (random.Next(10) == 0)
            {
                continue; // no prediction file at all
            }

            var perturbed = PredictionPerturber.Perturb(gold["layers"]!.AsObject(), random);
            var wrapped = random.Next(2) == 0 ? new JsonObject { ["layers"] = perturbed } : perturbed;
            File.WriteAllText(Path.Combine(prediction, (string)gold["id"]! + ".json"), wrapped.ToJsonString());
        }

        var compared = AssertAgreement(PythonReference.GoldDirectory!, prediction);
        output.WriteLine($"{compared} metrics compared.");
    }

    /// <summary>Runs both scorers on the folders and compares total and per-document numbers; returns how many metrics matched.</summary>
    private static int AssertAgreement(string goldDirectory, string predictionDirectory)
    {
        var python = JsonNode.Parse(PythonReference.Run([PythonReference.ScorePy!, goldDirectory, predictionDirectory, "--json"]))!;
        var ours = JsonNode.Parse(EvalReportJson.Write(FolderScorer.Score(goldDirectory, predictionDirectory)))!;
        var compared = 0;
        Compare(python["total"]!, ours["total"], "total", ref compared);
        Compare(python["documents"]!, ours["documents"], "documents", ref compared);
        return compared;
    }

    private static void Compare(JsonNode python, JsonNode? ours, string path, ref int compared)
    {
        Assert.True(ours is JsonObject, $"{path}: score.py has it, we do not.");
        var expected = python.AsObject();
        var actual = ours!.AsObject();
        if (expected.ContainsKey("f1"))
        {
            foreach (var key in new[] { "p", "r", "f1", "tp", "pred", "gold" })
            {
                Assert.True((double)expected[key]! == (double)actual[key]!, $"{path}.{key}: score.py {expected[key]}, ours {actual[key]}");
            }

            compared++;
            return;
        }

        Assert.Equal(expected.Select(p => p.Key).Order(StringComparer.Ordinal), actual.Select(p => p.Key).Order(StringComparer.Ordinal));
        foreach (var (key, value) in expected)
        {
            Compare(value!, actual[key], $"{path}.{key}", ref compared);
        }
    }
}
