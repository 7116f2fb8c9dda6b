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
            Description = $"Leave these layers out of the JSON (--exclude tokens,sentences). Layers: {string.Join(", ", Layers.All.Select(l => l.Name))}.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "layer,...",
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

            if (result.GetValue(outDir) is { } folder && File.Exists(folder.FullName))
            {
                result.AddError($"--out must name a folder, but '{folder.FullName}' is a file.");
            }

            var excluded = ExcludedLayers(result.GetValue(exclude));
            if (excluded.Count > 0 && !result.GetValue(json) && result.GetValue(outDir) is null)
            {
                result.AddError("--exclude shapes the JSON output; add --json or --out.");
            }

            foreach (var name in excluded)
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
            var jsonOptions = new DocumentJsonOptions { ExcludedLayers = ExcludedLayers(parse.GetValue(exclude)) };
            var directory = parse.GetValue(outDir);
            directory?.Create();
            var written = 0;

            // Two documents with one id would overwrite each other's file; the second is a failure instead.
            var writtenBy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

            await foreach (var document in batch.AnalyseAsync(parse.GetValue(paths)!, cancellationToken).ConfigureAwait(false))
            {
                if (directory is not null)
                {
                    var name = OutputFileName(document.Id);
                    var source = document.Metadata.SourcePath ?? document.Id;
                    if (!writtenBy.TryAdd(name, source))
                    {
                        batch.Fail(source, $"another document with the id '{document.Id}' ({writtenBy[name]}) was already written to {name}; give one of them another id");
                        continue;
                    }

                    var file = Path.Combine(directory.FullName, name);
                    await File.WriteAllTextAsync(file, DocumentJson.Write(document, jsonOptions with { Indented = true }), cancellationToken).ConfigureAwait(false);
                    written++;
                }
                else if (parse.GetValue(json))
                {
                    await environment.Out.WriteLineAsync(DocumentJson.Write(document, jsonOptions)).ConfigureAwait(false);
                }
                else
                {
                    DocumentSummaryRenderer.Render(environment.Console, document, shorten: true);
                }
            }

            if (directory is not null)
            {
                environment.Console.MarkupLine($"Wrote {Plural.Of(written, "document")} to [bold]{Markup.Escape(directory.FullName)}[/].");
            }

            return FailureReport.Write(environment, batch);
        });
        return command;
    }

    /// <summary>Layer names from repeated or comma-separated <c>--exclude</c> values.</summary>
    private static HashSet<string> ExcludedLayers(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The id as a file name: characters a file system rejects become '_'.</summary>
    internal static string OutputFileName(string id)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string([.. id.Select(c => invalid.Contains(c) || c == ':' || c == '\\' ? '_' : c)]);
        return safe + ".json";
    }
}
