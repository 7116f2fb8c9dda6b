using Microsoft.Data.Sqlite;
using Provenance.Store.Sqlite.Migrations;

namespace Provenance.Store.Tests.Sqlite;

/// <summary>The migration runner driven with steps of the test's own, on in-memory databases.</summary>
public sealed class SchemaMigratorTests
{
    [Fact]
    public async Task Only_steps_newer_than_the_database_run()
    {
        await using var connection = await OpenMemoryAsync();

        var firstRun = SchemaMigrator.Migrate(connection, [new CreateTable(1, "alpha")], "test");
        var secondRun = SchemaMigrator.Migrate(connection, [new CreateTable(1, "alpha"), new CreateTable(2, "beta")], "test");
        var thirdRun = SchemaMigrator.Migrate(connection, [new CreateTable(1, "alpha"), new CreateTable(2, "beta")], "test");

        Assert.Equal((1, 1, 0), (firstRun, secondRun, thirdRun));
        Assert.Equal(2, await SqliteProbe.UserVersionAsync(connection));
        Assert.Equal(2, await SqliteProbe.ScalarAsync(connection, "SELECT count(*) FROM sqlite_schema WHERE name IN ('alpha', 'beta')"));
    }

    [Fact]
    public async Task A_failing_step_rolls_back_every_step_of_its_run()
    {
        await using var connection = await OpenMemoryAsync();

        var error = Assert.Throws<InvalidOperationException>(() =>
            SchemaMigrator.Migrate(connection, [new CreateTable(1, "alpha"), new Failing(2)], "test.db"));

        Assert.Contains("'test.db' to schema version 2 (a step that fails)", error.Message, StringComparison.Ordinal);
        Assert.Contains("stays at version 0", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await SqliteProbe.UserVersionAsync(connection));
        Assert.Equal(0, await SqliteProbe.ScalarAsync(connection, "PRAGMA application_id"));
        Assert.Equal(0, await SqliteProbe.ScalarAsync(connection, "SELECT count(*) FROM sqlite_schema"));
    }

    [Fact]
    public async Task Steps_must_be_numbered_from_one_without_gaps()
    {
        await using var connection = await OpenMemoryAsync();

        var error = Assert.Throws<InvalidOperationException>(() =>
            SchemaMigrator.Migrate(connection, [new CreateTable(1, "alpha"), new CreateTable(3, "gamma")], "test"));

        Assert.Contains("declares version 3", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await SqliteProbe.UserVersionAsync(connection));
    }

    [Fact]
    public void The_built_in_steps_are_numbered_in_order()
    {
        Assert.Equal(Enumerable.Range(1, SchemaMigrations.All.Count), SchemaMigrations.All.Select(s => s.Version));
        Assert.All(SchemaMigrations.All, s => Assert.False(string.IsNullOrWhiteSpace(s.Description)));
    }

    private static async Task<SqliteConnection> OpenMemoryAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        return connection;
    }

    private sealed class CreateTable(int version, string table) : SchemaMigration
    {
        public override int Version => version;

        public override string Description => "create " + table;

        public override void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
            Execute(connection, transaction, $"CREATE TABLE {table} (x)");
    }

    private sealed class Failing(int version) : SchemaMigration
    {
        public override int Version => version;

        public override string Description => "a step that fails";

        public override void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
            Execute(connection, transaction, "CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);");
    }
}
