using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Provenance.Cli.Commands;

/// <summary><c>provenance search QUERY</c>: full-text search over stored documents.</summary>
internal static class SearchCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var query = new Argument<string>("query") { Description = "Words that must all occur; \"quoted phrases\" match as phrases." };
        var database = CommonOptions.Database();
        var limit = CommonOptions.Limit();
        limit.DefaultValueFactory = _ => 20;
        var command = new Command("search", "Search the text of stored documents.") { query, database, limit };
        query.Validators.Add(result =>
        {
            if (!Provenance.Store.SearchQuery.Parse(result.GetValueOrDefault<string>()).Terms.Any())
            {
                result.AddError("The query has no words to search for.");
            }
        });

        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = await StoreAccess.TryOpenExistingAsync(environment, parse.GetValue(database)!, cancellationToken).ConfigureAwait(false);
            if (store is null)
            {
                return ExitCodes.UsageError;
            }

            await using (store.ConfigureAwait(false))
            {
                var table = new Table().AddColumns("id", "outlet", "published", "match");
                var hits = 0;
                await foreach (var hit in store.SearchAsync(parse.GetValue(query)!, parse.GetValue(limit), cancellationToken).ConfigureAwait(false))
                {
                    hits++;
                    var meta = hit.Document.Metadata;
                    table.AddRow(
                        new Text(hit.Document.Id),
                        new Text(meta.Outlet ?? ""),
                        new Text(meta.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""),
                        new Markup(Highlight(hit.Snippet)));
                }

                if (hits == 0)
                {
                    environment.Console.MarkupLine("No stored document matches.");
                }
                else
                {
                    environment.Console.Write(table);
                }

                return ExitCodes.Success;
            }
        });
        return command;
    }

    /// <summary>The store marks matched words with [ and ]; show them bold.</summary>
    private static string Highlight(string snippet) =>
        Markup.Escape(snippet).Replace("[[", "[bold yellow]", StringComparison.Ordinal).Replace("]]", "[/]", StringComparison.Ordinal);
}
