using Microsoft.Data.Sqlite;

namespace Provenance.Store.Sqlite.Migrations;

/// <summary>
/// One step of the schema, from <see cref="Version"/> − 1 to <see cref="Version"/>. Steps run inside the
/// migration transaction that <see cref="SchemaMigrator"/> opens; they must not commit or change pragmas that
/// cannot run in a transaction (journal_mode). A step, once released, never changes: add a new one instead.
/// </summary>
internal abstract class SchemaMigration
{
    public abstract int Version { get; }

    /// <summary>What the step changes, for error messages and the schema notes.</summary>
    public abstract string Description { get; }

    public abstract void Apply(SqliteConnection connection, SqliteTransaction transaction);

    /// <summary>Runs a script of several statements separated by semicolons.</summary>
    protected static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
