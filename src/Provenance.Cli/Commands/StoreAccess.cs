using Provenance.Store.Sqlite;

namespace Provenance.Cli.Commands;

/// <summary>Opens an existing store for the read-only commands, with a clear message when there is none.</summary>
internal static class StoreAccess
{
    public static async Task<SqliteDocumentStore?> TryOpenExistingAsync(CliEnvironment environment, string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await environment.Error.WriteLineAsync($"No store at '{Path.GetFullPath(path)}'. Create one with 'provenance ingest PATH', or name it with --db.").ConfigureAwait(false);
            return null;
        }

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
