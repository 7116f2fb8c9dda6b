namespace Provenance.Eval;

/// <summary>
/// What <c>python3 score.py GOLD_DIR PRED_DIR</c> does: every <c>*.json</c> gold file of a folder, in name order,
/// scored against <c>PRED_DIR/&lt;id&gt;.json</c>; a missing prediction file counts as a prediction with no layers.
/// Unlike score.py, a gold or prediction file that cannot be read does not stop the run: that document is left
/// out of the totals and listed in <see cref="EvalReport.Problems"/>.
/// </summary>
public static class FolderScorer
{
    /// <param name="documentIds">Score only these gold ids (score.py's <c>--docs</c>); all when null.</param>
    /// <exception cref="DirectoryNotFoundException">The gold folder does not exist.</exception>
    public static EvalReport Score(string goldDirectory, string predictionDirectory, IReadOnlySet<string>? documentIds = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(predictionDirectory);
        var golds = GoldDocumentReader.ReadFolder(goldDirectory, out var goldProblems);
        var problems = new List<EvalProblem>(goldProblems);
        var scores = new List<DocumentScore>();
        foreach (var gold in golds)
        {
            if (documentIds is not null && !documentIds.Contains(gold.Id))
            {
                continue;
            }

            var path = Path.Combine(predictionDirectory, gold.Id + ".json");
            LayerRecords prediction;
            if (!File.Exists(path))
            {
                prediction = LayerRecords.Empty;
            }
            else if (!PredictionReader.TryReadFile(path, out var read, out var error))
            {
                problems.Add(new EvalProblem(path, error!));
                continue;
            }
            else
            {
                prediction = read!;
            }

            scores.Add(Scorer.ScoreDocument(gold, prediction));
        }

        return EvalReport.From(scores, problems);
    }
}
