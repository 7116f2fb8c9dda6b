using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Provenance.Core;
using Provenance.Core.Json;
using Provenance.Store.Sqlite.Migrations;

namespace Provenance.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file (or an in-memory database) holding documents, their layers as JSON
/// and an FTS5 index over the text. The schema is described in <c>SCHEMA.md</c> beside this file and
/// brought up to date by <see cref="OpenAsync(string, CancellationToken)"/>.
/// <para>
/// Threads: the store owns one connection and lets one operation at a time use it (a
/// <see cref="SemaphoreSlim"/>). That is all SQLite offers anyway for writes, works the same for file and
/// in-memory databases, and needs no shared cache. Layer JSON is built before the gate is taken, and streams
/// never hold the gate while the caller consumes them: they read a page under the gate and yield it after
/// releasing it, so a caller may use the store inside <c>await foreach</c>. Other processes may open the
/// same file: WAL lets them read while this store writes, and <c>busy_timeout</c> makes writers wait.
/// </para>
/// <para>
/// Saving: one <c>BEGIN IMMEDIATE</c> transaction per document covers the document row, every layer and
/// the FTS row, so a document is stored whole or not at all. A text whose content hash is stored already is
/// <see cref="SaveOutcome.AlreadyStored"/> whatever its id; an id already taken by a different text is
/// refused with an <see cref="InvalidOperationException"/> naming the id (never overwritten, never renamed).
/// </para>
/// <para>
/// Does not handle: deleting or updating documents; layers whose name is not in <see cref="Layers.All"/>
/// (a <see cref="Document"/> does not list them, so they are not saved); read-only files. Durability is
/// WAL with <c>synchronous=NORMAL</c>: the file stays consistent, but a power cut may lose the last commits.
/// </para>
/// </summary>
public sealed class SqliteDocumentStore : IDocumentStore
{
    /// <summary>How many documents' layers one page of <see cref="GetAnnotationsAsync{T}"/> reads under the gate.</summary>
    private const int AnnotationPageDocuments = 32;

    /// <summary>Tokens around the match in a search snippet.</summary>
    private const int SnippetTokens = 16;

    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _disposed;

    private SqliteDocumentStore(SqliteConnection connection, string databaseName)
    {
        _connection = connection;
        DatabaseName = databaseName;
    }

    /// <summary>The schema version this build writes and reads (stored in <c>PRAGMA user_version</c>).</summary>
    public static int SchemaVersion => SchemaMigrations.Latest;

    /// <summary>The file path, or <c>:memory:</c>; used in messages.</summary>
    public string DatabaseName { get; }

    /// <summary>
    /// Opens the store in the SQLite file at <paramref name="path"/>, creating the file (and its folder) when
    /// missing and migrating the schema to <see cref="SchemaVersion"/>. <c>:memory:</c> opens a private
    /// in-memory database that lives as long as the store.
    /// </summary>
    /// <exception cref="InvalidOperationException">The file is not a Provenance store, or was written by a newer build.</exception>
    public static Task<SqliteDocumentStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var builder = new SqliteConnectionStringBuilder();
        if (path == ":memory:")
        {
            builder.DataSource = path;
        }
        else
        {
            var fullPath = Path.GetFullPath(path);
            if (Path.GetDirectoryName(fullPath) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            builder.DataSource = fullPath;
            builder.Mode = SqliteOpenMode.ReadWriteCreate;
        }

        return OpenAsync(builder, cancellationToken);
    }

    /// <summary>
    /// Opens the store with a connection string of your own (a shared-cache in-memory database, a custom mode).
    /// Pooling is turned off: the store keeps its one connection open until it is disposed.
    /// </summary>
    public static async Task<SqliteDocumentStore> OpenAsync(SqliteConnectionStringBuilder connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        cancellationToken.ThrowIfCancellationRequested();
        // Pooling would keep the file open after disposal, so that a deleted or re-opened file still looks in use.
        var builder = new SqliteConnectionStringBuilder(connectionString.ConnectionString) { Pooling = false };
        var name = builder.DataSource.Length == 0 ? "(temporary database)" : builder.DataSource;
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // journal_mode answers "memory" for in-memory databases and cannot run inside a transaction,
            // so it is set here, before the migration transaction.
            Execute(connection, "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            SchemaMigrator.Migrate(connection, SchemaMigrations.All, name);
            return new SqliteDocumentStore(connection, name);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 26)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"'{name}' is not a SQLite database (or it is encrypted), so it cannot be a Provenance store.", ex);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 14)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"Cannot open '{name}' as a database file: {ex.Message}", ex);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<SaveOutcome> SaveAsync(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        // Serialising happens before the gate: a large token layer should not hold up other threads.
        var layers = document.LayerKeys.Select(key => (key.Name, Payload: DocumentJson.WriteLayer(document, key, includeText: false))).ToList();
        var storedAt = DateTimeOffset.UtcNow;
        return await RunAsync(connection => Save(connection, document, layers, storedAt), cancellationToken).ConfigureAwait(false);
    }

    public async Task<Document?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var found = await RunAsync(connection => ReadWithLayers(connection, id), cancellationToken).ConfigureAwait(false);
        return found is null ? null : Rebuild(found.Value.Document, found.Value.Text, found.Value.Layers);
    }

    public Task<long> CountAsync(CancellationToken cancellationToken = default) =>
        RunAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT count(*) FROM documents";
                return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            },
            cancellationToken);

    public async IAsyncEnumerable<StoredDocument> ListAsync(int limit, int offset = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var page = await RunAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                // Undated documents sort last because SQLite orders NULL below every value.
                command.CommandText = $"SELECT {DocumentRows.Columns} FROM documents d ORDER BY d.published DESC, d.doc_no DESC LIMIT $limit OFFSET $offset";
                command.Parameters.AddWithValue("$limit", limit);
                command.Parameters.AddWithValue("$offset", offset);
                using var reader = command.ExecuteReader();
                var rows = new List<StoredDocument>();
                while (reader.Read())
                {
                    rows.Add(DocumentRows.Read(reader).Document);
                }

                return rows;
            },
            cancellationToken).ConfigureAwait(false);

        foreach (var document in page)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return document;
        }
    }

    public async IAsyncEnumerable<SearchHit> SearchAsync(string query, int limit = 20, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        cancellationToken.ThrowIfCancellationRequested();
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty || limit == 0)
        {
            yield break;
        }

        var match = Fts5Query.Write(parsed);
        var hits = await RunAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"""
                    SELECT {DocumentRows.Columns},
                           snippet(documents_fts, 0, '[', ']', '…', {SnippetTokens}),
                           bm25(documents_fts) AS rank
                    FROM documents_fts JOIN documents d ON d.doc_no = documents_fts.rowid
                    WHERE documents_fts MATCH $match
                    ORDER BY rank, d.doc_no
                    LIMIT $limit
                    """;
                command.Parameters.AddWithValue("$match", match);
                command.Parameters.AddWithValue("$limit", limit);
                using var reader = command.ExecuteReader();
                var rows = new List<SearchHit>();
                while (reader.Read())
                {
                    var document = DocumentRows.Read(reader).Document;
                    rows.Add(new SearchHit(document, reader.GetString(DocumentRows.ColumnCount), reader.GetDouble(DocumentRows.ColumnCount + 1)));
                }

                return rows;
            },
            cancellationToken).ConfigureAwait(false);

        foreach (var hit in hits)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return hit;
        }
    }

    public async IAsyncEnumerable<StoredAnnotation<T>> GetAnnotationsAsync<T>(LayerKey<T> layer, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : IAnnotation
    {
        ArgumentNullException.ThrowIfNull(layer);
        var after = 0L;
        while (true)
        {
            // Pages are keyed by doc_no, so documents stored while the caller reads are neither repeated nor skipped.
            var from = after;
            var page = await RunAsync(connection => ReadLayerPage(connection, layer.Name, from), cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                yield break;
            }

            foreach (var row in page)
            {
                foreach (var annotation in ReadLayer(layer, row.Document.Id, row.FormatVersion, row.Payload))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (annotation.End > row.Text.Length)
                    {
                        throw new InvalidDataException(
                            $"Layer '{layer.Name}' of stored document '{row.Document.Id}' has [{annotation.Start}, {annotation.End}) outside its text (length {row.Text.Length}).");
                    }

                    yield return new StoredAnnotation<T>(row.Document, (T)annotation, row.Text[annotation.Start..annotation.End]);
                }
            }

            after = page[^1].DocNo;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Taking the gate lets a running operation finish before the connection closes.
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<TResult> RunAsync<TResult>(Func<SqliteConnection, TResult> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            cancellationToken.ThrowIfCancellationRequested();
            return work(_connection);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static SaveOutcome Save(SqliteConnection connection, Document document, List<(string Name, string Payload)> layers, DateTimeOffset storedAt)
    {
        // IMMEDIATE takes the write lock at once, so another process cannot slip the same text in between
        // the checks below and the insert. Leaving without Commit rolls everything back.
        using var transaction = connection.BeginTransaction(deferred: false);

        using (var existing = Command(connection, transaction, "SELECT 1 FROM documents WHERE content_hash = $hash"))
        {
            existing.Parameters.AddWithValue("$hash", document.ContentHash);
            if (existing.ExecuteScalar() is not null)
            {
                return SaveOutcome.AlreadyStored;
            }
        }

        using (var clash = Command(connection, transaction, "SELECT content_hash FROM documents WHERE id = $id"))
        {
            clash.Parameters.AddWithValue("$id", document.Id);
            if (clash.ExecuteScalar() is string otherHash)
            {
                throw new InvalidOperationException(
                    $"Cannot store document '{document.Id}': that id is already taken by a different text " +
                    $"(content hash {otherHash[..12]}…, this text's is {document.ContentHash[..12]}…). Nothing was written; give the document another id.");
            }
        }

        long docNo;
        using (var insert = Command(connection, transaction, DocumentRows.Insert))
        {
            DocumentRows.BindInsert(insert, document, storedAt);
            docNo = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        using (var insertLayer = Command(connection, transaction, "INSERT INTO layers (doc_no, layer, format_version, payload) VALUES ($doc_no, $layer, $format_version, $payload)"))
        {
            var docNoParameter = insertLayer.Parameters.AddWithValue("$doc_no", docNo);
            var layerParameter = insertLayer.Parameters.Add("$layer", SqliteType.Text);
            insertLayer.Parameters.AddWithValue("$format_version", DocumentJson.Version);
            var payloadParameter = insertLayer.Parameters.Add("$payload", SqliteType.Text);
            foreach (var (name, payload) in layers)
            {
                layerParameter.Value = name;
                payloadParameter.Value = payload;
                insertLayer.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        return SaveOutcome.Added;
    }

    private static (StoredDocument Document, string Text, List<(string Layer, long FormatVersion, string Payload)> Layers)? ReadWithLayers(SqliteConnection connection, string id)
    {
        var found = ReadDocument(connection, "d.id = $key", id);
        if (found is null && TryHashPrefixRange(id, out var low, out var high))
        {
            found = ReadDocument(connection, "d.content_hash >= $key AND d.content_hash < $high", low, high);
        }

        if (found is not { } row)
        {
            return null;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT layer, format_version, payload FROM layers WHERE doc_no = $doc_no";
        command.Parameters.AddWithValue("$doc_no", row.DocNo);
        using var reader = command.ExecuteReader();
        var layers = new List<(string, long, string)>();
        while (reader.Read())
        {
            layers.Add((reader.GetString(0), reader.GetInt64(1), reader.GetString(2)));
        }

        return (row.Document, row.Text, layers);
    }

    /// <summary>The one document matching <paramref name="where"/>; null when none or more than one match.</summary>
    private static (long DocNo, StoredDocument Document, string Text)? ReadDocument(SqliteConnection connection, string where, string key, string? high = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {DocumentRows.Columns}, d.text FROM documents d WHERE {where} LIMIT 2";
        command.Parameters.AddWithValue("$key", key);
        if (high is not null)
        {
            command.Parameters.AddWithValue("$high", high);
        }

        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var (docNo, document) = DocumentRows.Read(reader);
        var text = reader.GetString(DocumentRows.ColumnCount);
        return reader.Read() ? null : (docNo, document, text);
    }

    /// <summary>A hash prefix is 8 to 64 hexadecimal characters; hashes are stored lower-case.</summary>
    private static bool TryHashPrefixRange(string id, out string low, out string high)
    {
        low = high = "";
        if (id.Length is < 8 or > 64 || !id.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        low = id.ToLowerInvariant();
        // 'g' sorts after every hex digit, so [low, low + "g") is exactly the hashes that start with low.
        high = low + "g";
        return true;
    }

    private static List<LayerPageRow> ReadLayerPage(SqliteConnection connection, string layer, long afterDocNo)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {DocumentRows.Columns}, d.text, l.format_version, l.payload
            FROM layers l JOIN documents d ON d.doc_no = l.doc_no
            WHERE l.layer = $layer AND l.doc_no > $after
            ORDER BY l.doc_no
            LIMIT {AnnotationPageDocuments}
            """;
        command.Parameters.AddWithValue("$layer", layer);
        command.Parameters.AddWithValue("$after", afterDocNo);
        using var reader = command.ExecuteReader();
        var rows = new List<LayerPageRow>();
        while (reader.Read())
        {
            var (docNo, document) = DocumentRows.Read(reader);
            rows.Add(new LayerPageRow(
                docNo,
                document,
                reader.GetString(DocumentRows.ColumnCount),
                reader.GetInt64(DocumentRows.ColumnCount + 1),
                reader.GetString(DocumentRows.ColumnCount + 2)));
        }

        return rows;
    }

    private static Document Rebuild(StoredDocument stored, string text, List<(string Layer, long FormatVersion, string Payload)> layers)
    {
        var document = new Document(stored.Id, text, stored.Metadata);
        foreach (var (name, formatVersion, payload) in layers)
        {
            // A layer this build does not know came from a newer build; reading skips it, as DocumentJson.Read does.
            if (!Layers.TryGet(name, out var key))
            {
                continue;
            }

            var annotations = ReadLayer(key, stored.Id, formatVersion, payload);
            try
            {
                document = key.SetOn(document, annotations);
            }
            catch (ArgumentException ex)
            {
                throw new InvalidDataException($"Layer '{name}' of stored document '{stored.Id}' does not fit its text: {ex.Message}", ex);
            }
        }

        return document;
    }

    private static IReadOnlyList<IAnnotation> ReadLayer(LayerKey key, string documentId, long formatVersion, string payload)
    {
        if (formatVersion > DocumentJson.Version)
        {
            throw new InvalidDataException(
                $"Layer '{key.Name}' of stored document '{documentId}' is in layer format {formatVersion}; this build reads formats up to {DocumentJson.Version}.");
        }

        try
        {
            using var json = JsonDocument.Parse(payload);
            return DocumentJson.ReadLayer(key, json.RootElement);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Layer '{key.Name}' of stored document '{documentId}' cannot be read: {ex.Message}", ex);
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed record LayerPageRow(long DocNo, StoredDocument Document, string Text, long FormatVersion, string Payload);
}
