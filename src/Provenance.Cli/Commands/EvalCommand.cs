using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using Provenance.Cli.Rendering;
using Provenance.Core;
using Provenance.Engine;
using Provenance.Eval;
using Provenance.Ingest;
using Spectre.Console;

namespace Provenance.Cli.Commands;

/// <summary>
/// <c>provenance eval --corpus DIR --gold DIR</c>: runs the pipeline on every corpus document that has a gold
/// file and scores every layer as <c>shared/gold/GUIDELINES.md</c> defines it. Missing folders are not an
/// error: the evaluation material lives outside the repository and may be absent.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var corpus = new Option<string>("--corpus")
        {
            Description = "Folder of corpus documents (<id>.json).",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "corpus"),
        };
        var gold = new Option<string>("--gold")
        {
            Description = "Folder of gold annotation files (<id>.json) as shared/gold/GUIDELINES.md describes.",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "gold"),
        };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON (totals, per document, layers not produced, problems)." };
        var documents = new Option<bool>("--documents") { Description = "Also print every metric of every document (the summary shows each document's main F1 per layer)." };
        var workers = CommonOptions.Workers();
        var command = new Command("eval", "Score the pipeline against gold annotations, per layer and per document.")
        {
            corpus, gold, json, documents, workers,
        };
        command.Subcommands.Add(ConllEvalCommand.Create(environment));
        command.Subcommands.Add(TempEvalCommand.Create(environment));
        command.Subcommands.Add(PolnearEvalCommand.Create(environment));

        command.SetAction(async (parse, cancellationToken) =>
        {
            var corpusDir = parse.GetValue(corpus)!;
            var goldDir = parse.GetValue(gold)!;
            foreach (var (name, dir) in new[] { ("corpus", corpusDir), ("gold", goldDir) })
            {
                if (!Directory.Exists(dir))
                {
                    await environment.Error.WriteLineAsync($"eval: no {name} folder at '{Path.GetFullPath(dir)}'; nothing to evaluate (the evaluation material lives outside the repository, in ../shared).").ConfigureAwait(false);
                    return ExitCodes.Success;
                }
            }

            var golds = GoldDocumentReader.ReadFolder(goldDir, out var goldProblems);
            var problems = goldProblems.ToList();
            var byId = golds.ToDictionary(g => g.Id, StringComparer.Ordinal);
            var scores = new List<DocumentScore>();
            var pipeline = ProvenanceEngine.CreatePipeline();
            var runOptions = CommonOptions.RunOptionsFrom(parse, workers);

            await foreach (var outcome in pipeline.RunAsync(ReadCorpusAsync(corpusDir, golds, problems, cancellationToken), runOptions, cancellationToken).ConfigureAwait(false))
            {
                if (outcome.Annotated is { } annotated)
                {
                    problems.AddRange(GoldSpanMismatches(byId[annotated.Id], annotated));
                    scores.Add(Scorer.ScoreDocument(byId[annotated.Id], annotated));
                }
                else
                {
                    problems.Add(new EvalProblem(outcome.Input.Id, outcome.Error?.Message ?? "analysis failed"));
                }
            }

            var report = EvalReport.From(scores.OrderBy(s => s.DocumentId, StringComparer.Ordinal), problems);
            if (parse.GetValue(json))
            {
                await environment.Out.WriteLineAsync(EvalReportJson.Write(report)).ConfigureAwait(false);
            }
            else
            {
                EvalTableRenderer.Render(environment.Console, EvalTable.From(report), parse.GetValue(documents));
            }

            // Low scores are not an error; files that could not be read or do not fit their text are.
            return problems.Count == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
        });
        return command;
    }

    /// <summary>
    /// Gold spans whose <c>text</c> is not what the corpus text holds at their offsets: the gold file was made
    /// for another version of the text. They are still scored, as score.py would, but reported.
    /// </summary>
    private static IEnumerable<EvalProblem> GoldSpanMismatches(GoldDocument gold, Document document)
    {
        var mismatches = 0;
        string? first = null;
        foreach (var layer in gold.Layers.Names)
        {
            foreach (var record in gold.Layers[layer].Where(r => r.HasSpan && r.Text is not null))
            {
                var fits = record.Start >= 0 && record.End <= document.Text.Length && record.Start <= record.End
                    && document.Text.AsSpan(record.Start, record.End - record.Start).SequenceEqual(record.Text);
                if (!fits)
                {
                    mismatches++;
                    first ??= string.Create(CultureInfo.InvariantCulture, $"{layer} [{record.Start}, {record.End}) \"{record.Text}\"");
                }
            }
        }

        if (mismatches > 0)
        {
            yield return new EvalProblem(gold.Source ?? gold.Id, $"{mismatches} gold span(s) do not match the corpus text at their offsets (first: {first})");
        }
    }

    /// <summary>Reads <c>corpus/&lt;id&gt;.json</c> for each gold file; a missing or unreadable one becomes a problem.</summary>
    private static async IAsyncEnumerable<Document> ReadCorpusAsync(string corpusDir, IReadOnlyList<GoldDocument> golds, List<EvalProblem> problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var source = new DocumentSource(IngestOptions.Default);
        foreach (var gold in golds)
        {
            var path = Path.Combine(corpusDir, gold.Id + ".json");
            if (!File.Exists(path))
            {
                lock (problems)
                {
                    problems.Add(new EvalProblem(gold.Source ?? gold.Id, $"no corpus document {path} for this gold file"));
                }

                continue;
            }

            await foreach (var result in source.ReadAsync([path], cancellationToken).ConfigureAwait(false))
            {
                if (result.Document is { } document && document.Id == gold.Id)
                {
                    yield return document;
                }
                else
                {
                    lock (problems)
                    {
                        problems.Add(new EvalProblem(result.SourcePath, result.Error ?? $"the corpus file holds document '{result.Document?.Id}', not '{gold.Id}'"));
                    }
                }
            }
        }
    }
}
