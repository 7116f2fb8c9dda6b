using System.CommandLine;
using Provenance.Cli.Batch;
using Provenance.Cli.Rendering;
using Provenance.Engine;
using Provenance.Store;
using Spectre.Console;

namespace Provenance.Cli.Commands;

/// <summary><c>provenance ingest PATH...</c>: analyse documents and save them in the store.</summary>
internal static class IngestCommand
{
    /// <summary>Below this many input files a progress display is more noise than help.</summary>
    private const int ProgressThreshold = 5;

    public static Command Create(CliEnvironment environment)
    {
        var paths = CommonOptions.Paths();
        var database = CommonOptions.Database();
        var outlet = CommonOptions.Outlet();
        var published = CommonOptions.Published();
        var maxChars = CommonOptions.MaxChars();
        var workers = CommonOptions.Workers();
        var command = new Command("ingest", "Analyse documents and store them (SQLite). The same text ingested twice is stored once.")
        {
            paths, database, outlet, published, maxChars, workers,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var dbPath = parse.GetValue(database)!;
            var store = await StoreAccess.TryOpenAsync(environment, dbPath, cancellationToken).ConfigureAwait(false);
            if (store is null)
            {
                return ExitCodes.UsageError;
            }

            await using (store.ConfigureAwait(false))
            {
                var batch = new DocumentBatch(
                    CommonOptions.IngestOptionsFrom(parse, outlet, published, maxChars),
                    ProvenanceEngine.CreatePipeline(),
                    CommonOptions.RunOptionsFrom(parse, workers));
                var inputs = parse.GetValue(paths)!;
                var tally = new IngestTally();

                try
                {
                    if (environment.IsInteractive && InputFiles.Count(inputs) > ProgressThreshold)
                    {
                        await environment.Console.Progress()
                            .AutoClear(false)
                            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                            .StartAsync(async context =>
                            {
                                var task = context.AddTask("Ingesting").IsIndeterminate();
                                await SaveAllAsync(batch, store, inputs, tally, () => task.Description = tally.Describe(batch), cancellationToken).ConfigureAwait(false);
                                task.Description = tally.Describe(batch);
                                task.IsIndeterminate = false;
                                task.Value = task.MaxValue;
                            }).ConfigureAwait(false);
                    }
                    else
                    {
                        await SaveAllAsync(batch, store, inputs, tally, () => { }, cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Each document is saved in its own transaction, so what was stored before the stop is whole.
                    await environment.Error.WriteLineAsync($"Interrupted: {Plural.Of(tally.Added, "new document")} stored before the stop; the store is consistent.").ConfigureAwait(false);
                    return ExitCodes.Interrupted;
                }

                var total = await store.CountAsync(cancellationToken).ConfigureAwait(false);
                environment.Console.MarkupLineInterpolated(
                    $"Stored {Plural.Of(tally.Added, "new document")}, {tally.AlreadyStored} already stored (left as they were), {batch.Failures.Count} failed. Store: [bold]{Path.GetFullPath(dbPath)}[/] ({Plural.Of(total, "document")}).");
                return FailureReport.Write(environment, batch);
            }
        });
        return command;
    }

    private static async Task SaveAllAsync(DocumentBatch batch, IDocumentStore store, string[] inputs, IngestTally tally, Action progress, CancellationToken cancellationToken)
    {
        await foreach (var document in batch.AnalyseAsync(inputs, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                tally.Count(await store.SaveAsync(document, cancellationToken).ConfigureAwait(false));
            }
            catch (InvalidOperationException ex)
            {
                batch.Fail(document.Metadata.SourcePath ?? document.Id, ex.Message);
            }

            progress();
        }
    }

    private sealed class IngestTally
    {
        public int Added { get; private set; }

        public int AlreadyStored { get; private set; }

        public void Count(SaveOutcome outcome)
        {
            if (outcome == SaveOutcome.Added)
            {
                Added++;
            }
            else
            {
                AlreadyStored++;
            }
        }

        public string Describe(DocumentBatch batch) =>
            $"Ingesting: {Added} stored, {AlreadyStored} already stored, {batch.Failures.Count} failed";
    }
}
