using Provenance.Store.Sqlite;

namespace Provenance.Cli.Commands;

/// <summary>Opens the store for a command, with a one-line message (and null) when it cannot be used.</summary>
internal static class StoreAccess
{
    public static async Task<SqliteDocumentStore?> TryOpenExistingAsync(CliEnvironment environment, string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await environment.Error.WriteLineAsync($"No store at '{Path.GetFullPath(path)}'. Create one with 'provenance ingest PATH', or name it with --db.").ConfigureAwait(false);
            return null;
        }

        return await TryOpenAsync(environment, path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens the store at <paramref name="path"/>, creating it when missing (what <c>ingest</c> wants).</summary>
    public static async Task<SqliteDocumentStore?> TryOpenAsync(CliEnvironment environment, string path, CancellationToken cancellationToken)
    {
        try
        {
            return await SqliteDocumentStore.OpenAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            await environment.Error.WriteLineAsync($"Cannot open the store '{path}': {ex.Message}").ConfigureAwait(false);
            return null;
        }
    }
}
