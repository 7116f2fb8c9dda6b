using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Provenance.Entities;
using Provenance.Entities.Training;

namespace Provenance.Cli.Commands;

/// <summary>
/// <c>provenance eval conll --file FILE [--model FILE]</c>: tags a CoNLL-2003 file with the entity tagger and
/// prints conlleval span scores (exact token span and type) overall and per type, plus tagging speed.
/// MISC is removed from gold and predictions (our guidelines do not annotate it), so "overall" is PER/ORG/LOC;
/// LOC covers both our GPE and LOC (the tagger predicts CoNLL types; the annotator splits LOC afterwards).
/// </summary>
internal static class ConllEvalCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Option<string>("--file") { Description = "CoNLL file to score (e.g. shared/datasets/conll2003/test.txt).", Required = true };
        var model = new Option<string?>("--model") { Description = "Model file (default: the model built into this program)." };
        var command = new Command("conll", "Score the entity tagger on a CoNLL-2003 file (conlleval span F1, MISC ignored).") { file, model };
        command.SetAction((parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                environment.Error.WriteLine($"eval conll: no file at '{Path.GetFullPath(path)}'.");
                return Task.FromResult(ExitCodes.UsageError);
            }

            EntityTagger tagger;
            string? error;
            if (parse.GetValue(model) is { } modelPath)
            {
                using var stream = File.OpenRead(modelPath);
                if (!EntityTagger.TryLoad(stream, out tagger, out error))
                {
                    environment.Error.WriteLine($"eval conll: {modelPath}: {error}");
                    return Task.FromResult(ExitCodes.UsageError);
                }
            }
            else if (!EntityTagger.TryLoadDefault(out tagger, out error))
            {
                environment.Error.WriteLine($"eval conll: {error}");
                return Task.FromResult(ExitCodes.UsageError);
            }

            var data = ConllReader.ReadFile(path);
            var clock = Stopwatch.StartNew();
            var score = EntityTaggerTrainer.Evaluate(tagger, data.Documents, cancellationToken);
            var seconds = clock.Elapsed.TotalSeconds;
            var output = environment.Out;
            output.WriteLine($"{Path.GetFileName(path)}: {data.Documents.Count} documents, {data.SentenceCount} sentences, {data.TokenCount} tokens (MISC ignored)");
            output.WriteLine($"{"type",-8} {"gold",6} {"pred",6} {"correct",7} {"P",7} {"R",7} {"F1",7}");
            foreach (var row in score.PerType.Append(score.Overall))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{row.Type,-8} {row.Gold,6} {row.Predicted,6} {row.Correct,7} {row.Precision,7:0.0000} {row.Recall,7:0.0000} {row.F1,7:0.0000}"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"tagging: {seconds:0.00}s, {data.TokenCount / Math.Max(seconds, 1e-9):0} tokens/s on one thread"));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
