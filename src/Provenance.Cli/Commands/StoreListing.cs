using System.CommandLine;
using Provenance.Store;
using Spectre.Console;

namespace Provenance.Cli.Commands;

/// <summary>What the commands that list stored annotations (quotes, entities, citations) share.</summary>
internal static class StoreListing
{
    private const int Width = 100;

    /// <summary>Opens the store named by <paramref name="database"/>, runs <paramref name="list"/>, and closes it.</summary>
    public static async Task<int> RunAsync(
        CliEnvironment environment,
        ParseResult parse,
        Option<string> database,
        Func<IDocumentStore, IAnsiConsole, Task<int>> list,
        CancellationToken cancellationToken)
    {
        var store = await StoreAccess.TryOpenExistingAsync(environment, parse.GetValue(database)!, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return ExitCodes.UsageError;
        }

        await using (store.ConfigureAwait(false))
        {
            return await list(store, environment.Console).ConfigureAwait(false);
        }
    }

    /// <summary>True when there is no filter, or <paramref name="value"/> contains it ignoring case.</summary>
    public static bool Matches(string? value, string? filter) =>
        string.IsNullOrEmpty(filter) || (value?.Contains(filter, StringComparison.OrdinalIgnoreCase) ?? false);

    public static string Shorten(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= Width ? flat : string.Concat(flat.AsSpan(0, Width - 1), "…");
    }

    /// <summary>Prints the table (or says there is nothing) and a line when the limit cut the list.</summary>
    public static int Finish(IAnsiConsole console, Table table, int found, int limit, string what)
    {
        if (found == 0)
        {
            console.MarkupLine($"No stored {what} match. (Layers are filled by 'provenance ingest'; a layer the pipeline does not produce yet stays empty.)");
            return ExitCodes.Success;
        }

        console.Write(table);
        if (found > limit)
        {
            console.MarkupLine($"[grey]More than {limit} {what}; showing the first {limit} (--limit to see more).[/]");
        }

        return ExitCodes.Success;
    }
}
