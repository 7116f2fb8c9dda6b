using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Provenance.Store.Sqlite.Migrations;

/// <summary>
/// Brings a database to the latest schema version. The version lives in <c>PRAGMA user_version</c> and the
/// file is marked as ours with <c>PRAGMA application_id</c>. All pending steps run in one
/// <c>BEGIN IMMEDIATE</c> transaction, so a failed step leaves the database at the version it had, and two
/// processes opening a new file at once do not both migrate it. Refuses databases from a newer build and
/// SQLite files that belong to something else.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>"Prov" in ASCII, stored in the file header.</summary>
    public const int ApplicationId = 0x50726F76;

    /// <summary>Applies the steps newer than the database's version and returns how many ran.</summary>
    /// <exception cref="InvalidOperationException">The database is newer than the steps, not ours, or a step failed.</exception>
    public static int Migrate(SqliteConnection connection, IReadOnlyList<SchemaMigration> steps, string databaseName)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(steps);
        CheckOrder(steps);
        var latest = steps.Count == 0 ? 0 : steps[^1].Version;

        using var transaction = connection.BeginTransaction(deferred: false);
        var version = ReadPragma(connection, transaction, "user_version");
        var applicationId = ReadPragma(connection, transaction, "application_id");
        if (applicationId != 0 && applicationId != ApplicationId)
        {
            throw new InvalidOperationException(
                $"'{databaseName}' is a SQLite database of another application (application_id 0x{applicationId:x8}), not a Provenance store. Choose another file.");
        }

        if (version == 0 && HasTables(connection, transaction))
        {
            throw new InvalidOperationException(
                $"'{databaseName}' already holds tables but no Provenance schema version; it is not a Provenance store. Choose another file.");
        }

        if (version > latest)
        {
            throw new InvalidOperationException(
                $"'{databaseName}' has schema version {version}, but this build of Provenance knows versions up to {latest}. " +
                "It was written by a newer Provenance: use that version, or another database file.");
        }

        var applied = 0;
        foreach (var step in steps.Where(s => s.Version > version))
        {
            try
            {
                step.Apply(connection, transaction);
            }
            catch (SqliteException ex)
            {
                throw new InvalidOperationException(
                    $"Migrating '{databaseName}' to schema version {step.Version} ({step.Description}) failed, so it stays at version {version}: {ex.Message}",
                    ex);
            }

            Execute(connection, transaction, "PRAGMA user_version = " + step.Version.ToString(CultureInfo.InvariantCulture));
            applied++;
        }

        if (applied > 0)
        {
            Execute(connection, transaction, "PRAGMA application_id = " + ApplicationId.ToString(CultureInfo.InvariantCulture));
        }

        transaction.Commit();
        return applied;
    }

    private static void CheckOrder(IReadOnlyList<SchemaMigration> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"Schema step {i + 1} in the list declares version {steps[i].Version}; steps must be numbered 1, 2, 3, ... in order.");
            }
        }
    }

    private static long ReadPragma(SqliteConnection connection, SqliteTransaction transaction, string pragma)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA " + pragma;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static bool HasTables(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\')";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) != 0;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
