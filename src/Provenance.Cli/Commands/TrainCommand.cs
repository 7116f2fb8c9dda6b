using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Provenance.Entities;
using Provenance.Entities.Training;
using Provenance.Pipeline;
using Provenance.Quotes.Learned;
using Provenance.Quotes.Polnear;
using Provenance.Segmentation;

namespace Provenance.Cli.Commands;

/// <summary>
/// <c>provenance train entities --data DIR --out FILE</c>: trains the entity tagger on a CoNLL-2003 folder
/// (<c>train.txt</c>, and <c>valid.txt</c> = testa for choosing the best pass), printing each pass's training
/// accuracy and development F1, then writes the model. The test split is never read here: score it once with
/// <c>provenance eval conll</c>. Training is deterministic: the same data, epochs and seed give the same file.
/// <c>provenance train quotes --data DIR</c> trains the attribution tagger on PolNeAR (<c>DIR/train</c>, choosing the
/// pass on <c>DIR/dev</c>; <c>DIR/test</c> is never read here).
/// </summary>
internal static class TrainCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var data = new Option<string>("--data")
        {
            Description = "Folder with train.txt and valid.txt (CoNLL-2003: word ... NER tag per line).",
            Required = true,
        };
        var output = ModelOutOption(Path.Combine("src", "Provenance.Entities", "Models", "entities.bin"));
        var epochs = EpochsOption(EntityTrainingOptions.Default.Epochs);
        var seed = SeedOption(EntityTrainingOptions.Default.Seed);
        var minCount = new Option<int>("--min-count")
        {
            Description = "Features seen fewer times are dropped (smaller model).",
            DefaultValueFactory = _ => EntityTrainingOptions.Default.MinFeatureCount,
        };
        var includeDev = new Option<bool>("--include-dev")
        {
            Description = "Also train on valid.txt (testa), for the final model once --epochs was chosen on it; no development scores are printed then.",
        };
        var clusters = new Option<string?>("--clusters")
        {
            Description = "Word cluster file: written here when --cluster-text is given, else read from here when it exists (features without clusters otherwise). Default: word-clusters.tsv.gz beside --out, so a model and its clusters stay together.",
        };
        var clusterText = new Option<string[]>("--cluster-text")
        {
            Description = "Unlabelled text to learn word clusters from (files or folders; repeatable): .txt, .tml, .tsv, .json, CoNLL files.",
            AllowMultipleArgumentsPerToken = true,
        };
        var clusterCounts = new Option<string>("--cluster-counts")
        {
            Description = "Sizes of the clusterings, coarse to fine, comma-separated.",
            DefaultValueFactory = _ => string.Join(',', WordClusterOptions.Default.ClusterCounts),
        };
        var clusterMinCount = new Option<int>("--cluster-min-count")
        {
            Description = "Words seen fewer times in the unlabelled text get no cluster.",
            DefaultValueFactory = _ => WordClusterOptions.Default.MinCount,
        };
        var clusterIterations = new Option<int>("--cluster-iterations")
        {
            Description = "Passes of the exchange algorithm.",
            DefaultValueFactory = _ => WordClusterOptions.Default.Iterations,
        };
        var greedy = new Option<bool>("--greedy")
        {
            Description = "Train and decode greedily left to right instead of with second-order Viterbi search (faster, less accurate).",
        };
        var entities = new Command("entities", "Train the entity tagger (averaged perceptron) on CoNLL-2003 data, with word clusters learned from unlabelled text.")
        {
            data, output, epochs, seed, minCount, includeDev, clusters, clusterText, clusterCounts, clusterMinCount, clusterIterations, greedy,
        };
        entities.SetAction((parse, cancellationToken) =>
        {
            var folder = parse.GetValue(data)!;
            var trainPath = Path.Combine(folder, "train.txt");
            var devPath = Path.Combine(folder, "valid.txt");
            if (!File.Exists(trainPath))
            {
                environment.Error.WriteLine($"train: no training file at '{Path.GetFullPath(trainPath)}'.");
                return Task.FromResult(ExitCodes.UsageError);
            }

            var clock = Stopwatch.StartNew();
            var clusterPath = parse.GetValue(clusters)
                ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(parse.GetValue(output)!))!, "word-clusters.tsv.gz");
            if (!TryGetClusters(environment, parse, clusterPath, clusterText, clusterCounts, clusterMinCount, clusterIterations, out var wordClusters, cancellationToken))
            {
                return Task.FromResult(ExitCodes.UsageError);
            }

            var training = ConllReader.ReadFile(trainPath);
            var development = File.Exists(devPath) ? ConllReader.ReadFile(devPath) : null;
            var trainingDocuments = training.Documents;
            var trainedOn = $"CoNLL-2003 English train ({training.TokenCount} tokens), best of {parse.GetValue(epochs)} passes on testa";
            if (parse.GetValue(includeDev) && development is not null)
            {
                trainingDocuments = [.. training.Documents, .. development.Documents];
                trainedOn = $"CoNLL-2003 English train + testa ({training.TokenCount + development.TokenCount} tokens), {parse.GetValue(epochs)} passes (chosen on testa)";
                development = null;
            }

            environment.Out.WriteLine($"train: {training.Documents.Count} documents, {training.SentenceCount} sentences, {training.TokenCount} tokens"
                + (development is null ? "; no development data, keeping the last pass" : $"; development: {development.TokenCount} tokens"));
            var options = new EntityTrainingOptions
            {
                Epochs = Math.Max(1, parse.GetValue(epochs)),
                Seed = parse.GetValue(seed),
                MinFeatureCount = Math.Max(1, parse.GetValue(minCount)),
                Clusters = wordClusters,
                Viterbi = !parse.GetValue(greedy),
                Description = $"averaged perceptron ({(parse.GetValue(greedy) ? "greedy" : "second-order Viterbi")}), {trainedOn}, seed {parse.GetValue(seed)}, min feature count {parse.GetValue(minCount)}, "
                    + (wordClusters.Levels == 0 ? "no word clusters" : $"word clusters {string.Join('/', wordClusters.LevelSizes)} over {wordClusters.WordCount} words ({wordClusters.Fingerprint:x16})"),
            };
            var tagger = EntityTaggerTrainer.Train(trainingDocuments, development?.Documents, options, report =>
            {
                var dev = report.Development is { } score
                    ? string.Create(CultureInfo.InvariantCulture, $"  dev F1 {score.Overall.F1:0.0000} ({string.Join(", ", score.PerType.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Type} {t.F1:0.0000}")))})")
                    : "";
                environment.Out.WriteLine(EpochLine(report.Epoch, report.Epochs, report.TrainingAccuracy, dev, report.Elapsed));
            }, cancellationToken);

            var outPath = parse.GetValue(output)!;
            WriteModel(outPath, tagger.Save);

            environment.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"train: wrote {outPath} ({new FileInfo(outPath).Length / 1024.0 / 1024.0:0.00} MB, {tagger.FeatureCount} features) in {clock.Elapsed.TotalSeconds:0}s"));
            return Task.FromResult(ExitCodes.Success);
        });

        return new Command("train", "Train a learned component from a data set.") { entities, CreateQuotes(environment) };
    }

    private static Command CreateQuotes(CliEnvironment environment)
    {
        var data = new Option<string>("--data")
        {
            Description = "PolNeAR folder holding train/ and dev/ (each with text/ and attributions/).",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "datasets", "polnear"),
        };
        var output = ModelOutOption(Path.Combine("src", "Provenance.Quotes", "Models", "attributions.bin"));
        var epochs = EpochsOption(AttributionTrainingOptions.Default.Epochs);
        var seed = SeedOption(AttributionTrainingOptions.Default.Seed);
        var bits = new Option<int>("--bucket-bits") { Description = "log2 of the hash buckets (model size).", DefaultValueFactory = _ => AttributionTrainingOptions.Default.BucketBits };
        var quotes = new Command("quotes", "Train the attribution tagger (averaged perceptron over cue, source and content tags) on PolNeAR.")
        {
            data, output, epochs, seed, bits,
        };
        quotes.SetAction((parse, cancellationToken) =>
        {
            var folder = parse.GetValue(data)!;
            var train = PolnearSplitReader.Read(Path.Combine(folder, "train"), out _);
            if (train.Count == 0)
            {
                environment.Error.WriteLine($"train quotes: no PolNeAR articles under '{Path.GetFullPath(Path.Combine(folder, "train"))}' (text/ and attributions/).");
                return Task.FromResult(ExitCodes.UsageError);
            }

            var dev = PolnearSplitReader.Read(Path.Combine(folder, "dev"), out _);
            var clock = Stopwatch.StartNew();
            var segmentation = new PipelineBuilder().AddSegmentation().Build();
            List<AttributionExample> Examples(List<PolnearArticle> articles) =>
                [.. articles.Select(a => new AttributionExample(segmentation.Process(new Core.Document(a.Name, a.Text), cancellationToken), PolnearSplitReader.SpansOf(a)))];
            var trainExamples = Examples(train);
            var devExamples = dev.Count == 0 ? null : Examples(dev);
            environment.Out.WriteLine($"train quotes: {train.Count} training and {dev.Count} development articles");
            var options = new AttributionTrainingOptions
            {
                Epochs = Math.Max(1, parse.GetValue(epochs)),
                Seed = parse.GetValue(seed),
                BucketBits = Math.Clamp(parse.GetValue(bits), 12, 22),
            };
            var tagger = AttributionTaggerTrainer.Train(trainExamples, devExamples, options, report =>
            {
                var dev = report.DevelopmentMeanF1 is { } mean
                    ? string.Create(CultureInfo.InvariantCulture, $"  dev exact F1 cue {report.DevelopmentCueF1:0.000} source {report.DevelopmentSourceF1:0.000} content {report.DevelopmentContentF1:0.000} (mean {mean:0.000})")
                    : "";
                environment.Out.WriteLine(EpochLine(report.Epoch, report.Epochs, report.TrainingAccuracy, dev, report.Elapsed));
            }, cancellationToken);

            var outPath = parse.GetValue(output)!;
            WriteModel(outPath, tagger.Save);

            environment.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"train quotes: wrote {outPath} ({new FileInfo(outPath).Length / 1024.0:0} KB) in {clock.Elapsed.TotalSeconds:0}s"));
            return Task.FromResult(ExitCodes.Success);
        });

        return quotes;
    }

    /// <summary>Learns the word clusters from --cluster-text and writes them, or reads the existing cluster file; false after printing why not.</summary>
    private static bool TryGetClusters(
        CliEnvironment environment,
        ParseResult parse,
        string path,
        Option<string[]> text,
        Option<string> counts,
        Option<int> minCount,
        Option<int> iterations,
        out WordClusters clusters,
        CancellationToken cancellationToken)
    {
        clusters = WordClusters.Empty;
        var sources = parse.GetValue(text) ?? [];
        if (sources.Length == 0)
        {
            if (!File.Exists(path))
            {
                environment.Out.WriteLine($"train: no word cluster file at '{path}' and no --cluster-text: training without cluster features.");
                return true;
            }

            using var stream = File.OpenRead(path);
            if (!WordClusters.TryLoad(stream, out clusters, out var error))
            {
                environment.Error.WriteLine($"train: {path}: {error}");
                return false;
            }

            environment.Out.WriteLine($"train: word clusters from {path}: {clusters.WordCount} words, levels {string.Join('/', clusters.LevelSizes)}");
            return true;
        }

        var missing = sources.Where(s => !File.Exists(s) && !Directory.Exists(s)).ToList();
        var sizes = (parse.GetValue(counts) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (missing.Count > 0 || sizes.Length == 0 || sizes.Any(c => !int.TryParse(c, CultureInfo.InvariantCulture, out var n) || n < 2 || n > 65535))
        {
            environment.Error.WriteLine(missing.Count > 0
                ? $"train: --cluster-text not found: {string.Join(", ", missing)}"
                : "train: --cluster-counts must be comma-separated numbers from 2 to 65535.");
            return false;
        }

        var options = new WordClusterOptions
        {
            ClusterCounts = sizes.Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray(),
            MinCount = Math.Max(1, parse.GetValue(minCount)),
            Iterations = Math.Max(1, parse.GetValue(iterations)),
        };
        var sentences = UnlabelledTextReader.ReadSentences(sources, skipped: null, cancellationToken);
        clusters = WordClusterer.Learn(sentences, options, environment.Out.WriteLine, cancellationToken);
        var learned = clusters;
        string[] header =
        [
            "Provenance word clusters (exchange algorithm, two-sided class bigram model): word TAB cluster id per level.",
            $"Learned by `provenance train entities --cluster-text ...` from: {string.Join(", ", sources.Select(s => Path.TrimEndingDirectorySeparator(s).Replace(Path.DirectorySeparatorChar, '/')))}.",
            $"Levels {string.Join('/', options.ClusterCounts)}, words seen at least {options.MinCount} times, {options.Iterations} passes at most. See Models/MODEL.md for sources and licences.",
        ];
        WriteModel(path, stream => learned.Save(stream, header));

        environment.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"train: wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:0.00} MB, {clusters.WordCount} words)"));
        return true;
    }

    /// <summary>Writes a trained model to <paramref name="path"/>, creating its folder first.</summary>
    private static void WriteModel(string path, Action<Stream> save)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        save(stream);
    }

    private static Option<string> ModelOutOption(string defaultPath) => new("--out")
    {
        Description = "Model file to write.",
        DefaultValueFactory = _ => defaultPath,
    };

    private static Option<int> EpochsOption(int defaultEpochs) => new("--epochs")
    {
        Description = "Passes over the training data; the pass with the best development F1 is kept.",
        DefaultValueFactory = _ => defaultEpochs,
    };

    private static Option<int> SeedOption(int defaultSeed) => new("--seed")
    {
        Description = "Seed of the document order.",
        DefaultValueFactory = _ => defaultSeed,
    };

    /// <summary>One progress line per training pass, the same for every trainer.</summary>
    private static string EpochLine(int epoch, int epochs, double trainingAccuracy, string development, TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}/{epochs}: train accuracy {trainingAccuracy:0.0000}{development}  [{elapsed.TotalSeconds:0}s]");
}
