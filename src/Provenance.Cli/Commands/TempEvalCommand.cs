using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Provenance.Core.Annotations;
using Provenance.Pipeline;
using Provenance.Segmentation;
using Provenance.Time;
using Provenance.Time.Evaluation;
using Spectre.Console;

namespace Provenance.Cli.Commands;

/// <summary>
/// <c>provenance eval tempeval --dir DIR</c> (TimeML .tml files: TempEval-3 TimeBank, AQUAINT, TE3-Platinum, each
/// file's DCT as the published date) or <c>--corpus DIR --gold DIR</c> (the shared corpus and its gold timex
/// layer): runs segmentation and the time annotator (<c>--convention</c> picks TimeBank's or our guidelines'
/// reading of reference adverbs) and prints strict and relaxed span P/R/F1, value and type accuracy and F1 as
/// the TempEval-3 toolkit defines them (on the shared files, relaxed and value F1 equal score.py's). It also
/// measures the time annotator alone: its first-document latency in this fresh process (regex set-up included)
/// and its warm throughput. <c>--peer-records FILE</c> scores other tools' records (bench/time-peers) on the same
/// documents, in the same table; <c>--export-text DIR</c> writes the plain texts and reference dates those tools
/// read. A missing folder is not an error: the data sets live outside the repository.
/// </summary>
internal static class TempEvalCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var dir = new Option<string?>("--dir")
        {
            Description = "Folder of TimeML .tml files (read recursively), e.g. ../shared/datasets/tempeval3/train.",
        };
        var corpus = new Option<string?>("--corpus") { Description = "Instead of --dir: folder of corpus documents (<id>.json), scored against --gold's timex layer." };
        var gold = new Option<string?>("--gold") { Description = "With --corpus: folder of gold files (<id>.json, GUIDELINES.md)." };
        var peers = new Option<string[]>("--peer-records")
        {
            Description = "JSON Lines of another tool's timexes ({\"doc\",\"start\",\"end\",\"type\",\"value\"}; see bench/time-peers) to score next to ours. Repeatable.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "file",
        };
        var export = new Option<string?>("--export-text")
        {
            Description = "Write each document's plain text (<id>.txt) and references.tsv (id, reference date) into this folder, for the peers.",
            HelpName = "folder",
        };
        var convention = new Option<TimexConvention>("--convention")
        {
            Description = "Annotation convention where TimeBank and our guidelines differ (reference adverbs such as 'previously', 'soon'): Guidelines (the engine's default) or TimeBank.",
            DefaultValueFactory = _ => TimexConvention.Guidelines,
        };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var errors = new Option<int>("--errors")
        {
            Description = "Also list up to this many disagreements (missed, spurious, wrong value, wrong extent).",
            DefaultValueFactory = _ => 0,
        };
        var command = new Command("tempeval", "Score the time annotator on TempEval-3 TimeML files or the shared corpus (strict/relaxed span F1, value F1), with peers and throughput.")
        {
            dir, corpus, gold, peers, export, convention, json, errors,
        };
        command.Validators.Add(result =>
        {
            var hasDir = result.GetValue(dir) is not null;
            var hasCorpus = result.GetValue(corpus) is not null || result.GetValue(gold) is not null;
            if (hasDir == hasCorpus)
            {
                result.AddError("Give either --dir (TimeML files) or --corpus and --gold (shared corpus), not both or neither.");
            }
            else if (hasCorpus && (result.GetValue(corpus) is null || result.GetValue(gold) is null))
            {
                result.AddError("--corpus and --gold go together.");
            }
        });

        command.SetAction(async (parse, cancellationToken) =>
        {
            var folders = parse.GetValue(dir) is { } d ? [d] : new[] { parse.GetValue(corpus)!, parse.GetValue(gold)! };
            if (folders.FirstOrDefault(f => !Directory.Exists(f)) is { } missing)
            {
                await environment.Error.WriteLineAsync($"eval tempeval: no folder at '{Path.GetFullPath(missing)}'; nothing to evaluate (the data sets live outside the repository, in ../shared).").ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var problems = new List<string>();
            var documents = folders.Length == 1
                ? TempEvalReader.ReadFolder(folders[0], problems)
                : CorpusTimexReader.ReadFolders(folders[0], folders[1], problems);
            var options = new TimeOptions { Convention = parse.GetValue(convention) };
            var coldStart = MeasureColdStart(documents, options);

            if (parse.GetValue(export) is { } exportFolder)
            {
                Export(documents, exportFolder);
            }

            // The time annotator reads only the sentences layer, so segmentation is all it needs in front of it.
            var pipeline = new PipelineBuilder().AddSegmentation().AddTime(options).Build();
            var sentences = new Dictionary<string, (int Start, int End)[]>(StringComparer.Ordinal);
            var score = TempEvalScorer.Score(
                documents,
                document =>
                {
                    var input = new Core.Document(document.Id, document.Text, new Core.DocumentMetadata { Published = document.CreationTime });
                    var output = pipeline.Process(input, cancellationToken);
                    sentences[document.Id] = output.Get(Core.Layers.Sentences).Select(s => (s.Start, s.End)).ToArray();
                    return output.Get(Core.Layers.Timex);
                },
                cancellationToken);
            var ours = new SystemRow($"provenance (time, {options.Convention})", score, MeasureWarm(documents, sentences, options, cancellationToken));
            var rows = new List<SystemRow> { ours };
            foreach (var path in parse.GetValue(peers) ?? [])
            {
                if (!File.Exists(path))
                {
                    problems.Add($"{path}: no such peer records file");
                    continue;
                }

                var records = PeerTimexRecords.Read(path);
                if (records.Skipped > 0)
                {
                    problems.Add($"{path}: {records.Skipped} line(s) not read as records");
                }

                // Records from another version of a text can point past its end; they are reported, not scored.
                // Keyed by the document itself: ids from two folders may coincide.
                var inside = documents.ToDictionary<TempEvalDocument, TempEvalDocument, IReadOnlyList<Timex>>(doc => doc, doc => records.For(doc.Id).Where(t => t.End <= doc.Text.Length).ToList(), ReferenceEqualityComparer.Instance);
                var outside = documents.Sum(doc => records.For(doc.Id).Count) - inside.Values.Sum(list => list.Count);
                if (outside > 0)
                {
                    problems.Add($"{path}: {outside} record(s) end past their document's text; left out");
                }

                rows.Add(new SystemRow(records.Tool, TempEvalScorer.Score(documents, doc => inside[doc], cancellationToken), records.Seconds));
            }

            var allProblems = problems.Concat(score.Problems).ToList();
            var megabytes = documents.Sum(x => Encoding.UTF8.GetByteCount(x.Text)) / 1_000_000.0;
            if (parse.GetValue(json))
            {
                await environment.Out.WriteLineAsync(ToJson(score, rows, megabytes, coldStart, allProblems)).ConfigureAwait(false);
            }
            else
            {
                Render(environment.Console, score, rows, megabytes, coldStart, allProblems, parse.GetValue(errors));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Milliseconds from creating the time annotator to having the first document's timexes, in this process: the
    /// regexes' construction and first matches included, which is what a one-document run waits for.
    /// </summary>
    private static double? MeasureColdStart(IReadOnlyList<TempEvalDocument> documents, TimeOptions options)
    {
        if (documents.Count == 0)
        {
            return null;
        }

        var watch = Stopwatch.StartNew();
        _ = new TimeAnnotator(options).Find(documents[0].Text, documents[0].CreationTime);
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>Seconds one pass of the time annotator alone takes over all documents once warm (the median pass of at least three and at least two seconds in all).</summary>
    private static double? MeasureWarm(IReadOnlyList<TempEvalDocument> documents, Dictionary<string, (int Start, int End)[]> sentences, TimeOptions options, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return null;
        }

        var annotator = new TimeAnnotator(options);
        var passes = new List<double>();
        var total = Stopwatch.StartNew();
        while (passes.Count < 3 || (total.Elapsed.TotalSeconds < 2 && passes.Count < 200))
        {
            var watch = Stopwatch.StartNew();
            foreach (var document in documents)
            {
                _ = annotator.Find(document.Text, document.CreationTime, sentences.GetValueOrDefault(document.Id), cancellationToken);
            }

            passes.Add(watch.Elapsed.TotalSeconds);
        }

        passes.Sort();
        return passes[passes.Count / 2];
    }

    private static void Export(IReadOnlyList<TempEvalDocument> documents, string folder)
    {
        Directory.CreateDirectory(folder);
        var references = new StringBuilder();
        foreach (var document in documents)
        {
            File.WriteAllText(Path.Combine(folder, document.Id + ".txt"), document.Text, new UTF8Encoding(false));
            var reference = document.CreationTime ?? document.GoldReference;
            references.Append(document.Id).Append('\t').Append(reference?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "").Append('\n');
        }

        File.WriteAllText(Path.Combine(folder, "references.tsv"), references.ToString());
    }

    private static void Render(IAnsiConsole console, TempEvalScore score, IReadOnlyList<SystemRow> rows, double megabytes, double? coldStart, IReadOnlyList<string> problems, int errorLimit)
    {
        console.WriteLine($"Timex scores over {score.Documents} document(s): {score.Gold} gold, {score.Predicted} predicted TIMEX3");
        var table = new Table().AddColumns("metric", "P", "R", "F1", "accuracy");
        table.AddRow("strict span", F(score.StrictPrecision), F(score.StrictRecall), F(score.StrictF1), "");
        table.AddRow("relaxed span", F(score.RelaxedPrecision), F(score.RelaxedRecall), F(score.RelaxedF1), "");
        table.AddRow("value", "", "", F(score.ValueF1), F(score.ValueAccuracy));
        table.AddRow("type", "", "", F(score.TypeF1), F(score.TypeAccuracy));
        console.Write(table);

        console.WriteLine($"Same documents ({megabytes.ToString("0.000", CultureInfo.InvariantCulture)} MB of UTF-8 text), in-process seconds:");
        var comparison = new Table().AddColumns("system", "strict F1", "relaxed F1", "value F1", "type F1", "found", "seconds", "expr/s", "MB/s");
        foreach (var row in rows)
        {
            comparison.AddRow(
                Markup.Escape(row.Name), F(row.Score.StrictF1), F(row.Score.RelaxedF1), F(row.Score.ValueF1), F(row.Score.TypeF1),
                row.Score.Predicted.ToString(CultureInfo.InvariantCulture),
                row.Seconds is { } s ? s.ToString("0.000", CultureInfo.InvariantCulture) : "",
                row.Seconds is { } s2 && s2 > 0 ? (row.Score.Predicted / s2).ToString("0", CultureInfo.InvariantCulture) : "",
                row.Seconds is { } s3 && s3 > 0 ? (megabytes / s3).ToString("0.00", CultureInfo.InvariantCulture) : "");
        }

        console.Write(comparison);
        if (coldStart is { } ms)
        {
            console.WriteLine($"Time annotator cold start (created and run on the first document in this process): {ms.ToString("0", CultureInfo.InvariantCulture)} ms");
        }

        if (errorLimit > 0)
        {
            var byRule = new Table().AddColumns("rule", "predicted", "matched", "right value");
            foreach (var (rule, (p, r, v)) in score.ByRule.OrderByDescending(x => x.Value.Predicted))
            {
                byRule.AddRow(Markup.Escape(rule), p.ToString(CultureInfo.InvariantCulture), r.ToString(CultureInfo.InvariantCulture), v.ToString(CultureInfo.InvariantCulture));
            }

            console.Write(byRule);
        }

        foreach (var error in score.Errors.Take(errorLimit))
        {
            console.WriteLine($"{error.Kind,-11} {error.DocumentId}: gold '{error.GoldText}'={error.GoldValue}  predicted '{error.PredictedText}'={error.PredictedValue} ({error.Rule})");
        }

        foreach (var problem in problems)
        {
            console.WriteLine($"problem: {problem}");
        }
    }

    private static string ToJson(TempEvalScore score, IReadOnlyList<SystemRow> rows, double megabytes, double? coldStart, IReadOnlyList<string> problems) => JsonSerializer.Serialize(new
    {
        documents = score.Documents,
        gold = score.Gold,
        predicted = score.Predicted,
        strict = new { p = score.StrictPrecision, r = score.StrictRecall, f1 = score.StrictF1 },
        relaxed = new { p = score.RelaxedPrecision, r = score.RelaxedRecall, f1 = score.RelaxedF1 },
        value = new { accuracy = score.ValueAccuracy, f1 = score.ValueF1 },
        type = new { accuracy = score.TypeAccuracy, f1 = score.TypeF1 },
        megabytes,
        cold_start_ms = coldStart,
        systems = rows.Select(r => new
        {
            name = r.Name,
            strict_f1 = r.Score.StrictF1,
            relaxed_f1 = r.Score.RelaxedF1,
            value_f1 = r.Score.ValueF1,
            type_f1 = r.Score.TypeF1,
            found = r.Score.Predicted,
            seconds = r.Seconds,
        }),
        problems,
    });

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private sealed record SystemRow(string Name, TempEvalScore Score, double? Seconds);
}
