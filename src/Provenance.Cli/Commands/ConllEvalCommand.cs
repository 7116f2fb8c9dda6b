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
        var clusters = new Option<string?>("--clusters") { Description = "Word cluster file the --model was trained with (default: the clusters built into this program)." };
        var repeat = new Option<int>("--repeat") { Description = "Tag the file this many times and also report the median speed of the later rounds (warm caches).", DefaultValueFactory = _ => 1 };
        repeat.Validators.Add(CommonOptions.AtLeast(1, "--repeat"));
        var command = new Command("conll", "Score the entity tagger on a CoNLL-2003 file (conlleval span F1, MISC ignored), with its speed and size.") { file, model, clusters, repeat };
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
            var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
            if (parse.GetValue(model) is { } modelPath)
            {
                WordClusters? wordClusters = null;
                if (parse.GetValue(clusters) is { } clusterPath)
                {
                    using var clusterStream = File.OpenRead(clusterPath);
                    if (!WordClusters.TryLoad(clusterStream, out var loaded, out error))
                    {
                        environment.Error.WriteLine($"eval conll: {clusterPath}: {error}");
                        return Task.FromResult(ExitCodes.UsageError);
                    }

                    wordClusters = loaded;
                }

                using var stream = File.OpenRead(modelPath);
                var ok = wordClusters is null
                    ? EntityTagger.TryLoad(stream, out tagger, out error)
                    : EntityTagger.TryLoad(stream, wordClusters, out tagger, out error);
                if (!ok)
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

            var modelMemory = GC.GetTotalMemory(forceFullCollection: true) - memoryBefore;
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
            var rounds = new List<double>();
            for (var r = 1; r < parse.GetValue(repeat); r++)
            {
                clock.Restart();
                EntityTaggerTrainer.Evaluate(tagger, data.Documents, cancellationToken);
                rounds.Add(data.TokenCount / Math.Max(clock.Elapsed.TotalSeconds, 1e-9));
            }

            if (rounds.Count > 0)
            {
                rounds.Sort();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"tagging, warm: median {rounds[rounds.Count / 2]:0} tokens/s on one thread over {rounds.Count} more rounds (min {rounds[0]:0}, max {rounds[^1]:0})"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"model: {(tagger.UsesViterbi ? "Viterbi" : "greedy")} decoding, {tagger.FeatureCount} features, {tagger.Clusters.WordCount} clustered words; in memory {modelMemory / 1048576.0:0.0} MB measured after loading (weights, lookup table, clusters), {tagger.MemoryBytes / 1048576.0:0.0} MB counted"));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
