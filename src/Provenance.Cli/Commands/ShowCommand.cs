using System.CommandLine;
using Provenance.Cli.Rendering;
using Provenance.Core.Json;

namespace Provenance.Cli.Commands;

/// <summary><c>provenance show ID</c>: one stored document with all its layers.</summary>
internal static class ShowCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var id = new Argument<string>("id") { Description = "The document's id, or the first 8 or more characters of its content hash." };
        var database = CommonOptions.Database();
        var json = new Option<bool>("--json") { Description = "Print the stored document as JSON." };
        var command = new Command("show", "Show a stored document in full: metadata, every paragraph and every layer.") { id, database, json };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = await StoreAccess.TryOpenExistingAsync(environment, parse.GetValue(database)!, cancellationToken).ConfigureAwait(false);
            if (store is null)
            {
                return ExitCodes.UsageError;
            }

            await using (store.ConfigureAwait(false))
            {
                var document = await store.GetAsync(parse.GetValue(id)!, cancellationToken).ConfigureAwait(false);
                if (document is null)
                {
                    await environment.Error.WriteLineAsync($"No stored document has the id '{parse.GetValue(id)}'. 'provenance search WORDS' finds ids.").ConfigureAwait(false);
                    return ExitCodes.SomeFailed;
                }

                if (parse.GetValue(json))
                {
                    await environment.Out.WriteLineAsync(DocumentJson.Write(document, new DocumentJsonOptions { Indented = true })).ConfigureAwait(false);
                }
                else
                {
                    DocumentSummaryRenderer.Render(environment.Console, document, shorten: false);
                }

                return ExitCodes.Success;
            }
        });
        return command;
    }
}
