using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Provenance.Engine;
using Provenance.Time.Evaluation;
using Spectre.Console;

namespace Provenance.Cli.Commands;

/// <summary>
/// <c>provenance eval tempeval --dir DIR</c>: runs the default pipeline over TimeML (.tml) files (TempEval-3:
/// TimeBank, AQUAINT, TE3-Platinum), with each file's DCT as the published date, and prints strict and relaxed
/// span P/R/F1, value and type accuracy and F1 as the TempEval-3 toolkit defines them. A missing folder is not
/// an error: the data set lives outside the repository.
/// </summary>
internal static class TempEvalCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var dir = new Option<string>("--dir")
        {
            Description = "Folder of TimeML .tml files (read recursively), e.g. ../shared/datasets/tempeval3/train.",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var errors = new Option<int>("--errors")
        {
            Description = "Also list up to this many disagreements (missed, spurious, wrong value, wrong extent).",
            DefaultValueFactory = _ => 0,
        };
        var command = new Command("tempeval", "Score the time annotator on TempEval-3 TimeML files (strict/relaxed span F1, value F1).")
        {
            dir, json, errors,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(dir)!;
            if (!Directory.Exists(folder))
            {
                await environment.Error.WriteLineAsync($"eval tempeval: no folder at '{Path.GetFullPath(folder)}'; nothing to evaluate (the TempEval-3 data lives outside the repository, in ../shared/datasets/tempeval3).").ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var problems = new List<string>();
            var documents = TempEvalReader.ReadFolder(folder, problems);
            var score = TempEvalScorer.Score(documents, ProvenanceEngine.CreatePipeline(), cancellationToken);
            var allProblems = problems.Concat(score.Problems).ToList();
            if (parse.GetValue(json))
            {
                await environment.Out.WriteLineAsync(ToJson(score, allProblems)).ConfigureAwait(false);
            }
            else
            {
                Render(environment.Console, score, allProblems, parse.GetValue(errors));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, TempEvalScore score, IReadOnlyList<string> problems, int errorLimit)
    {
        console.WriteLine($"TempEval-3 timex scores over {score.Documents} document(s): {score.Gold} gold, {score.Predicted} predicted TIMEX3");
        var table = new Table().AddColumns("metric", "P", "R", "F1", "accuracy");
        table.AddRow("strict span", F(score.StrictPrecision), F(score.StrictRecall), F(score.StrictF1), "");
        table.AddRow("relaxed span", F(score.RelaxedPrecision), F(score.RelaxedRecall), F(score.RelaxedF1), "");
        table.AddRow("value", "", "", F(score.ValueF1), F(score.ValueAccuracy));
        table.AddRow("type", "", "", F(score.TypeF1), F(score.TypeAccuracy));
        console.Write(table);
        foreach (var error in score.Errors.Take(errorLimit))
        {
            console.WriteLine($"{error.Kind,-11} {error.DocumentId}: gold '{error.GoldText}'={error.GoldValue}  predicted '{error.PredictedText}'={error.PredictedValue} ({error.Rule})");
        }

        foreach (var problem in problems)
        {
            console.WriteLine($"problem: {problem}");
        }
    }

    private static string ToJson(TempEvalScore score, IReadOnlyList<string> problems) => JsonSerializer.Serialize(new
    {
        documents = score.Documents,
        gold = score.Gold,
        predicted = score.Predicted,
        strict = new { p = score.StrictPrecision, r = score.StrictRecall, f1 = score.StrictF1 },
        relaxed = new { p = score.RelaxedPrecision, r = score.RelaxedRecall, f1 = score.RelaxedF1 },
        value = new { accuracy = score.ValueAccuracy, f1 = score.ValueF1 },
        type = new { accuracy = score.TypeAccuracy, f1 = score.TypeF1 },
        problems,
    });

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
