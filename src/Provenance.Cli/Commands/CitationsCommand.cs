using System.CommandLine;
using System.Globalization;
using Provenance.Core;
using Spectre.Console;

namespace Provenance.Cli.Commands;

/// <summary>
/// <c>provenance citations</c>: what stored documents cite. <c>--by-outlet</c> counts who cites whom: the
/// citing document's outlet against the cited outlet.
/// </summary>
internal static class CitationsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var outlet = new Option<string?>("--outlet") { Description = "Only citations of an outlet containing this text (case-insensitive)." };
        var byOutlet = new Option<bool>("--by-outlet") { Description = "Count citations per (citing outlet, cited outlet) pair instead of listing them." };
        var database = CommonOptions.Database();
        var limit = CommonOptions.Limit();
        var command = new Command("citations", "List what stored documents cite, or count who cites whom.") { outlet, byOutlet, database, limit };

        command.SetAction((parse, cancellationToken) => StoreListing.RunAsync(environment, parse, database, async (store, console) =>
        {
            var list = new Table().AddColumns("cited", "date", "kind", "reference", "document");
            var counts = new Dictionary<(string Citing, string Cited), int>();
            var shown = 0;
            await foreach (var item in store.GetAnnotationsAsync(Layers.Citations, cancellationToken).ConfigureAwait(false))
            {
                var citation = item.Annotation;
                if (!StoreListing.Matches(citation.Outlet, parse.GetValue(outlet)))
                {
                    continue;
                }

                if (parse.GetValue(byOutlet))
                {
                    var key = (item.Document.Metadata.Outlet ?? "(unknown outlet)", citation.Outlet ?? "(no outlet)");
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                    continue;
                }

                if (++shown > parse.GetValue(limit))
                {
                    break;
                }

                list.AddRow(
                    new Text(citation.Outlet ?? ""),
                    new Text(citation.Date ?? ""),
                    new Text(citation.Kind.ToString().ToLowerInvariant()),
                    new Text(StoreListing.Shorten(item.Text)),
                    new Text(item.Document.Id));
            }

            if (!parse.GetValue(byOutlet))
            {
                return StoreListing.Finish(console, list, shown, parse.GetValue(limit), "citations");
            }

            var table = new Table().AddColumns("citing outlet", "cited outlet", "citations");
            foreach (var ((citing, cited), count) in counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Citing, StringComparer.Ordinal).Take(parse.GetValue(limit)))
            {
                table.AddRow(new Text(citing), new Text(cited), new Text(count.ToString(CultureInfo.InvariantCulture)));
            }

            return StoreListing.Finish(console, table, counts.Count, parse.GetValue(limit), "citing/cited pairs");
        }, cancellationToken));
        return command;
    }
}
