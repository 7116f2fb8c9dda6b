using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Provenance.Core;
using Provenance.Entities;
using Provenance.Pipeline;
using Provenance.Quotes;
using Provenance.Quotes.Learned;
using Provenance.Quotes.Polnear;
using Provenance.Segmentation;
using Spectre.Console;

namespace Provenance.Cli.Commands;

/// <summary>
/// <c>provenance eval polnear --dir DIR</c>: runs the default pipeline on every PolNeAR article of a split
/// (<c>DIR/text/*.txt</c>) and scores its quotes against the BRAT attributions (<c>DIR/attributions/*.ann</c>;
/// the first annotator's file when there are several) with <see cref="PolnearScorer"/>: content, source and
/// cue span F1, by overlap and exact. A missing folder is not an error: the data set lives outside the repository.
/// </summary>
internal static class PolnearEvalCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var dir = new Option<string>("--dir")
        {
            Description = "A PolNeAR split folder holding text/ and attributions/ (e.g. ../shared/datasets/polnear/dev).",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "datasets", "polnear", "dev"),
        };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var rulesOnly = new Option<bool>("--rules-only") { Description = "Score the hand-written rules alone (GUIDELINES.md conventions), without the learned attribution tagger." };
        var modelPath = new Option<string?>("--model") { Description = "An attribution model file to use instead of the embedded one." };
        var dump = new Option<string?>("--dump") { Description = "Also write each article's predicted quotes as <article>.json into this folder (for error analysis)." };
        var command = new Command("polnear", "Score quote content, source and cue spans against a PolNeAR split (BRAT attributions).") { dir, json, rulesOnly, modelPath, dump };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(dir)!;
            var textDir = Path.Combine(folder, "text");
            var annotationDir = Path.Combine(folder, "attributions");
            if (!Directory.Exists(textDir) || !Directory.Exists(annotationDir))
            {
                await environment.Error.WriteLineAsync($"eval polnear: no text/ and attributions/ folders under '{Path.GetFullPath(folder)}'; nothing to evaluate.").ConfigureAwait(false);
                return ExitCodes.Success;
            }

            AttributionTagger? tagger = null;
            if (!parse.GetValue(rulesOnly))
            {
                string? error;
                if (parse.GetValue(modelPath) is { } path)
                {
                    // A model asked for by name must be the one scored: no silent fall-back to the rules.
                    if (!File.Exists(path))
                    {
                        await environment.Error.WriteLineAsync($"eval polnear: no model file at '{Path.GetFullPath(path)}'.").ConfigureAwait(false);
                        return ExitCodes.UsageError;
                    }

                    await using (var stream = File.OpenRead(path))
                    {
                        tagger = AttributionTagger.TryLoad(stream, out error);
                    }

                    if (tagger is null)
                    {
                        await environment.Error.WriteLineAsync($"eval polnear: {path}: {error}").ConfigureAwait(false);
                        return ExitCodes.UsageError;
                    }
                }
                else
                {
                    tagger = AttributionTagger.TryLoadEmbedded(out error);
                }

                if (tagger is null)
                {
                    await environment.Error.WriteLineAsync($"eval polnear: {error}; scoring the rules alone.").ConfigureAwait(false);
                }
            }

            // PolNeAR's conventions are not GUIDELINES.md's: the learned tagger (trained on PolNeAR train) replaces the rules' quotes here.
            var pipeline = new PipelineBuilder().AddSegmentation().AddEntities().AddQuotes(new QuoteOptions(Learned: tagger)).Build();
            var total = PolnearScore.Empty;
            var missing = 0;
            var annotations = Directory.GetFiles(annotationDir, "*.ann").OrderBy(p => p, StringComparer.Ordinal).ToList();
            foreach (var textPath in Directory.GetFiles(textDir, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var article = Path.GetFileNameWithoutExtension(textPath);
                var annotationPath = annotations.FirstOrDefault(a => Path.GetFileNameWithoutExtension(a).StartsWith(article + "_", StringComparison.Ordinal));
                if (annotationPath is null)
                {
                    missing++;
                    continue;
                }

                var text = await File.ReadAllTextAsync(textPath, cancellationToken).ConfigureAwait(false);
                var gold = BratAttributionReader.Read(await File.ReadAllTextAsync(annotationPath, cancellationToken).ConfigureAwait(false), out _);
                var analysed = pipeline.Process(new Document(article, text), cancellationToken);
                total = total.Add(PolnearScorer.Score(text, gold, analysed.Get(Layers.Quotes)));
                if (parse.GetValue(dump) is { } dumpFolder)
                {
                    Directory.CreateDirectory(dumpFolder);
                    await File.WriteAllTextAsync(Path.Combine(dumpFolder, article + ".json"), JsonSerializer.Serialize(analysed.Get(Layers.Quotes)), cancellationToken).ConfigureAwait(false);
                }
            }

            if (parse.GetValue(json))
            {
                await environment.Out.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    articles = total.Articles,
                    articles_without_annotations = missing,
                    content = Figures(total.Content),
                    source = Figures(total.Source),
                    cue = Figures(total.Cue),
                })).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("span", "overlap P", "overlap R", "overlap F1", "exact P", "exact R", "exact F1", "pred", "gold");
            foreach (var (name, score) in new[] { ("content", total.Content), ("source", total.Source), ("cue", total.Cue) })
            {
                table.AddRow(name, F(score.OverlapPrecision), F(score.OverlapRecall), F(score.OverlapF1), F(score.ExactPrecision), F(score.ExactRecall), F(score.ExactF1),
                    score.Predicted.ToString(CultureInfo.InvariantCulture), score.Gold.ToString(CultureInfo.InvariantCulture));
            }

            environment.Console.WriteLine($"PolNeAR: {total.Articles} article(s) from {Path.GetFullPath(folder)}, {(tagger is null ? "rules only" : "learned attribution tagger")}" + (missing > 0 ? $" ({missing} without annotations skipped)" : ""));
            environment.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static object Figures(SpanScore s) => new
    {
        overlap = new { p = Math.Round(s.OverlapPrecision, 3), r = Math.Round(s.OverlapRecall, 3), f1 = Math.Round(s.OverlapF1, 3) },
        exact = new { p = Math.Round(s.ExactPrecision, 3), r = Math.Round(s.ExactRecall, 3), f1 = Math.Round(s.ExactF1, 3) },
        pred = s.Predicted,
        gold = s.Gold,
    };

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
