using System.CommandLine;
using Provenance.Core;
using Spectre.Console;

namespace Provenance.Cli.Commands;

/// <summary><c>provenance quotes</c>: the quotations in stored documents, with speaker, cue and outlet.</summary>
internal static class QuotesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var speaker = new Option<string?>("--speaker") { Description = "Only quotes whose speaker contains this text (case-insensitive)." };
        var outlet = new Option<string?>("--outlet") { Description = "Only quotes given to or published in an outlet containing this text." };
        var anonymous = new Option<bool>("--anonymous") { Description = "Only quotes from unnamed sources (\"a U.S. official\")." };
        var database = CommonOptions.Database();
        var limit = CommonOptions.Limit();
        var command = new Command("quotes", "List stored quotations with their speakers, cues, outlets and documents.")
        {
            speaker, outlet, anonymous, database, limit,
        };

        command.SetAction((parse, cancellationToken) => StoreListing.RunAsync(environment, parse, database, async (store, console) =>
        {
            var table = new Table().AddColumns("speaker", "kind", "cue", "outlet", "quote", "document");
            var shown = 0;
            await foreach (var item in store.GetAnnotationsAsync(Layers.Quotes, cancellationToken).ConfigureAwait(false))
            {
                var quote = item.Annotation;
                if (!StoreListing.Matches(quote.Speaker, parse.GetValue(speaker))
                    || !StoreListing.Matches(quote.Outlet, parse.GetValue(outlet))
                    || (parse.GetValue(anonymous) && !quote.Anonymous))
                {
                    continue;
                }

                if (++shown > parse.GetValue(limit))
                {
                    break;
                }

                table.AddRow(
                    new Text((quote.Speaker ?? "?") + (quote.Anonymous ? " (anonymous)" : "")),
                    new Text(quote.Kind.ToString().ToLowerInvariant()),
                    new Text(quote.Cue ?? ""),
                    new Text(quote.Outlet ?? ""),
                    new Text(StoreListing.Shorten(item.Text)),
                    new Text(item.Document.Id));
            }

            return StoreListing.Finish(console, table, shown, parse.GetValue(limit), "quotes");
        }, cancellationToken));
        return command;
    }
}
