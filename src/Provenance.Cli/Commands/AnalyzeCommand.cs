using System.CommandLine;
using Provenance.Cli.Batch;
using Provenance.Cli.Rendering;
using Provenance.Core;
using Provenance.Core.Json;
using Provenance.Engine;
using Spectre.Console;

namespace Provenance.Cli.Commands;

/// <summary><c>provenance analyze PATH...</c>: analyse documents and print a summary, JSON, or one JSON file each.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var paths = CommonOptions.Paths();
        var json = new Option<bool>("--json") { Description = "Print each analysed document as JSON, one per line (JSON Lines)." };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Write one <id>.json per document into this folder (created if missing)." };
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "Leave these layers out of the JSON (e.g. --exclude tokens).",
            AllowMultipleArgumentsPerToken = true,
        };
        var outlet = CommonOptions.Outlet();
        var published = CommonOptions.Published();
        var maxChars = CommonOptions.MaxChars();
        var workers = CommonOptions.Workers();

        var command = new Command("analyze", "Analyse documents: paragraphs and their voice, sentences, tokens and every other layer the pipeline produces.")
        {
            paths, json, outDir, exclude, outlet, published, maxChars, workers,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(json) && result.GetValue(outDir) is not null)
            {
                result.AddError("Choose --json (print) or --out (write files), not both.");
            }

            foreach (var name in result.GetValue(exclude) ?? [])
            {
                if (!Layers.TryGet(name, out _))
                {
                    result.AddError($"Unknown layer '{name}' in --exclude; layers are: {string.Join(", ", Layers.All.Select(l => l.Name))}.");
                }
            }
        });

        command.SetAction(async (parse, cancellationToken) =>
        {
            var batch = new DocumentBatch(
                CommonOptions.IngestOptionsFrom(parse, outlet, published, maxChars),
                ProvenanceEngine.CreatePipeline(),
                CommonOptions.RunOptionsFrom(parse, workers));
            var jsonOptions = new DocumentJsonOptions { ExcludedLayers = (parse.GetValue(exclude) ?? []).ToHashSet() };
            var directory = parse.GetValue(outDir);
            directory?.Create();
            var written = 0;

            await foreach (var document in batch.AnalyseAsync(parse.GetValue(paths)!, cancellationToken).ConfigureAwait(false))
            {
                if (directory is not null)
                {
                    var file = Path.Combine(directory.FullName, OutputFileName(document.Id));
                    await File.WriteAllTextAsync(file, DocumentJson.Write(document, jsonOptions with { Indented = true }), cancellationToken).ConfigureAwait(false);
                    written++;
                }
                else if (parse.GetValue(json))
                {
                    await environment.Out.WriteLineAsync(DocumentJson.Write(document, jsonOptions)).ConfigureAwait(false);
                }
                else
                {
                    DocumentSummaryRenderer.Render(environment.Console, document);
                }
            }

            if (directory is not null)
            {
                environment.Console.MarkupLine($"Wrote {written} document(s) to [bold]{Markup.Escape(directory.FullName)}[/].");
            }

            return FailureReport.Write(environment, batch.Failures);
        });
        return command;
    }

    /// <summary>The id as a file name: characters a file system rejects become '_'.</summary>
    internal static string OutputFileName(string id)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string([.. id.Select(c => invalid.Contains(c) || c == ':' || c == '\\' ? '_' : c)]);
        return safe + ".json";
    }
}
