namespace Provenance.Store.Sqlite.Migrations;

/// <summary>
/// The ordered list of schema steps: the one place that says what the current schema version is. To change
/// the schema, add a class <c>V{n}…</c> beside <see cref="V1InitialSchema"/>, append it here, and describe
/// the change in <c>SCHEMA.md</c>.
/// </summary>
internal static class SchemaMigrations
{
    public static IReadOnlyList<SchemaMigration> All { get; } =
    [
        new V1InitialSchema(),
    ];

    public static int Latest => All[^1].Version;
}
