using System.Text.Json;
using Microsoft.Data.Sqlite;
using Provenance.Core.Json;
using Provenance.Store.Sqlite;

namespace Provenance.Store.Tests.Sqlite;

/// <summary>
/// The store contract against a SQLite file in a temp folder, plus what only the SQLite store promises:
/// WAL, schema versions, refusing foreign files, and atomic saves checked from a connection of our own.
/// </summary>
public sealed class SqliteDocumentStoreTests : DocumentStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    protected override async Task<IDocumentStore> CreateStoreAsync() =>
        await SqliteDocumentStore.OpenAsync(_folder.File($"{Guid.NewGuid():N}.db"));

    [Fact]
    public async Task A_file_store_uses_write_ahead_logging()
    {
        var path = _folder.File("wal.db");
        await using var store = await SqliteDocumentStore.OpenAsync(path);
        await store.SaveAsync(StoreFixtures.Analysis());

        await using var probe = SqliteProbe.Open(path);

        Assert.Equal("wal", await SqliteProbe.TextAsync(probe, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Opening_a_missing_file_creates_it_and_its_folder_at_the_current_schema_version()
    {
        var path = Path.Combine(_folder.Path, "nested", "deeper", "corpus.db");

        await (await SqliteDocumentStore.OpenAsync(path)).DisposeAsync();

        Assert.True(File.Exists(path));
        await using var probe = SqliteProbe.Open(path);
        Assert.Equal(SqliteDocumentStore.SchemaVersion, await SqliteProbe.UserVersionAsync(probe));
        Assert.Equal(0x50726F76, await SqliteProbe.ScalarAsync(probe, "PRAGMA application_id"));
        Assert.Equal(3, await SqliteProbe.ScalarAsync(probe, "SELECT count(*) FROM sqlite_schema WHERE name IN ('documents', 'layers', 'documents_fts')"));
    }

    [Fact]
    public async Task Reopening_a_store_keeps_its_documents_and_changes_no_schema()
    {
        var path = _folder.File("reopen.db");
        var document = StoreFixtures.Analysis();
        await using (var store = await SqliteDocumentStore.OpenAsync(path))
        {
            await store.SaveAsync(document);
        }

        long schemaCookie;
        await using (var probe = SqliteProbe.Open(path))
        {
            // schema_version goes up with every change to the schema, so an unchanged value means no DDL ran.
            schemaCookie = await SqliteProbe.ScalarAsync(probe, "PRAGMA schema_version");
        }

        await using (var reopened = await SqliteDocumentStore.OpenAsync(path))
        {
            Assert.Equal(1, await reopened.CountAsync());
            AssertSameDocument(document, (await reopened.GetAsync(document.Id))!);
            Assert.Single(await ToListAsync(reopened.SearchAsync("Witkoff")));
        }

        await using var after = SqliteProbe.Open(path);
        Assert.Equal(schemaCookie, await SqliteProbe.ScalarAsync(after, "PRAGMA schema_version"));
        Assert.Equal(SqliteDocumentStore.SchemaVersion, await SqliteProbe.UserVersionAsync(after));
    }

    [Fact]
    public async Task A_database_from_a_newer_version_is_refused_with_a_clear_message()
    {
        var path = _folder.File("future.db");
        await using (var probe = SqliteProbe.Open(path))
        {
            await SqliteProbe.ExecuteAsync(probe, "CREATE TABLE documents (whatever); PRAGMA application_id = 1349676918; PRAGMA user_version = 99;");
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteDocumentStore.OpenAsync(path));

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains($"knows versions up to {SqliteDocumentStore.SchemaVersion}", error.Message, StringComparison.Ordinal);
        await using var after = SqliteProbe.Open(path);
        Assert.Equal(99, await SqliteProbe.UserVersionAsync(after));
    }

    [Theory]
    [InlineData("PRAGMA application_id = 42; CREATE TABLE notes (body);", "another application")]
    [InlineData("CREATE TABLE notes (body);", "not a Provenance store")]
    public async Task A_sqlite_file_of_something_else_is_refused_and_left_alone(string setup, string expectedMessage)
    {
        var path = _folder.File("foreign.db");
        await using (var probe = SqliteProbe.Open(path))
        {
            await SqliteProbe.ExecuteAsync(probe, setup + " INSERT INTO notes VALUES ('keep me');");
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteDocumentStore.OpenAsync(path));

        Assert.Contains(expectedMessage, error.Message, StringComparison.Ordinal);
        await using var after = SqliteProbe.Open(path);
        Assert.Equal(0, await SqliteProbe.ScalarAsync(after, "SELECT count(*) FROM sqlite_schema WHERE name = 'documents'"));
        Assert.Equal("keep me", await SqliteProbe.TextAsync(after, "SELECT body FROM notes"));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_with_a_clear_message()
    {
        var path = _folder.File("notes.db");
        await File.WriteAllTextAsync(path, string.Concat(Enumerable.Repeat("These are an analyst's notes, not a database. ", 40)));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteDocumentStore.OpenAsync(path));

        Assert.Contains("not a SQLite database", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("These are", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_midway_through_a_save_leaves_no_rows()
    {
        var path = _folder.File("atomic.db");
        await using var store = await SqliteDocumentStore.OpenAsync(path);
        await using var probe = SqliteProbe.Open(path);
        // Layers are written in Layers.All order, so by the time the quotes layer fails, the document row,
        // its FTS row and the blocks and sentences layers have been written inside the transaction.
        await SqliteProbe.ExecuteAsync(probe, """
            CREATE TRIGGER fail_on_quotes BEFORE INSERT ON layers WHEN new.layer = 'quotes'
            BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
            """);
        var document = StoreFixtures.Analysis();

        var error = await Assert.ThrowsAsync<SqliteException>(() => store.SaveAsync(document));

        Assert.Contains("injected failure", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await SqliteProbe.ScalarAsync(probe, "SELECT count(*) FROM documents"));
        Assert.Equal(0, await SqliteProbe.ScalarAsync(probe, "SELECT count(*) FROM layers"));
        Assert.Equal(0, await SqliteProbe.ScalarAsync(probe, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'witkoff'"));
        // Throws if the full-text index holds a row the documents table does not.
        await SqliteProbe.ExecuteAsync(probe, "INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')");
        Assert.Equal(0, await store.CountAsync());
        Assert.Empty(await ToListAsync(store.SearchAsync("Witkoff")));

        await SqliteProbe.ExecuteAsync(probe, "DROP TRIGGER fail_on_quotes");

        Assert.Equal(SaveOutcome.Added, await store.SaveAsync(document));
        AssertSameDocument(document, (await store.GetAsync(document.Id))!);
        Assert.Equal(document.LayerKeys.Count(), await SqliteProbe.ScalarAsync(probe, "SELECT count(*) FROM layers"));
    }

    [Fact]
    public async Task Layers_are_stored_in_the_per_annotation_shape_of_the_document_json_without_the_covered_text()
    {
        var path = _folder.File("payload.db");
        await using var store = await SqliteDocumentStore.OpenAsync(path);
        var document = StoreFixtures.Analysis();
        await store.SaveAsync(document);
        await using var probe = SqliteProbe.Open(path);

        var payload = await SqliteProbe.TextAsync(probe, "SELECT payload FROM layers WHERE layer = 'quotes'");
        var formatVersion = await SqliteProbe.ScalarAsync(probe, "SELECT format_version FROM layers WHERE layer = 'quotes'");

        using var stored = JsonDocument.Parse(payload!);
        using var full = JsonDocument.Parse(DocumentJson.Write(document));
        var quote = Assert.Single(stored.RootElement.EnumerateArray().ToList());
        Assert.Equal(["start", "end", "kind"], quote.EnumerateObject().Take(3).Select(p => p.Name));
        Assert.False(quote.TryGetProperty("text", out _));
        Assert.Equal("direct", quote.GetProperty("kind").GetString());
        var written = Assert.Single(full.RootElement.GetProperty("layers").GetProperty("quotes").EnumerateArray().ToList());
        Assert.Equal(
            written.EnumerateObject().Where(p => p.Name != "text").Select(p => (p.Name, p.Value.GetRawText())),
            quote.EnumerateObject().Select(p => (p.Name, p.Value.GetRawText())));
        Assert.Equal(DocumentJson.Version, formatVersion);
    }

    [Fact]
    public async Task A_layer_unknown_to_this_build_is_skipped_when_reading()
    {
        var path = _folder.File("newer-layer.db");
        await using var store = await SqliteDocumentStore.OpenAsync(path);
        var document = StoreFixtures.Analysis();
        await store.SaveAsync(document);
        await using var probe = SqliteProbe.Open(path);
        await SqliteProbe.ExecuteAsync(probe, "INSERT INTO layers (doc_no, layer, format_version, payload) SELECT doc_no, 'sentiment', 1, '[{\"start\":0,\"end\":7,\"score\":0.4}]' FROM documents");

        var loaded = await store.GetAsync(document.Id);

        Assert.NotNull(loaded);
        AssertSameDocument(document, loaded);
    }

    [Theory]
    [InlineData("UPDATE layers SET format_version = 2 WHERE layer = 'quotes'", "layer format 2")]
    [InlineData("UPDATE layers SET payload = '[{\"start\":0,\"end\":\"far\"}]' WHERE layer = 'quotes'", "cannot be read")]
    [InlineData("UPDATE layers SET payload = '[{\"start\":0,\"end\":9999,\"kind\":\"direct\",\"anonymous\":false}]' WHERE layer = 'quotes'", "does not fit its text")]
    public async Task A_damaged_or_newer_layer_fails_with_a_message_naming_layer_and_document(string damage, string expected)
    {
        var path = _folder.File("damaged.db");
        await using var store = await SqliteDocumentStore.OpenAsync(path);
        await store.SaveAsync(StoreFixtures.Analysis());
        await using var probe = SqliteProbe.Open(path);
        await SqliteProbe.ExecuteAsync(probe, damage);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => store.GetAsync("meridian-2025-11-20"));
        var streamError = await Assert.ThrowsAsync<InvalidDataException>(() => ToListAsync(store.GetAnnotationsAsync(Provenance.Core.Layers.Quotes)));

        Assert.Contains("'quotes' of stored document 'meridian-2025-11-20'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("'meridian-2025-11-20'", streamError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_stores_on_one_file_can_save_at_the_same_time()
    {
        // Two stores on one file behave like two processes: separate connections, SQLite's own locking.
        var path = _folder.File("shared.db");
        await using var first = await SqliteDocumentStore.OpenAsync(path);
        await using var second = await SqliteDocumentStore.OpenAsync(path);
        var documents = Enumerable.Range(0, 30)
            .Select(i => StoreFixtures.WithQuote($"shared-{i:D2}", "Ana Ruiz", $"Statement {i} about the shared file."))
            .ToList();

        var outcomes = await Task.WhenAll(documents.SelectMany(d => new[] { first, second }.Select(store => Task.Run(() => store.SaveAsync(d)))));

        Assert.Equal(30, outcomes.Count(o => o == SaveOutcome.Added));
        Assert.Equal(30, await first.CountAsync());
        Assert.Equal(30, await second.CountAsync());
        Assert.Equal(30, (await ToListAsync(second.SearchAsync("shared file", limit: 100))).Count);
    }
}
