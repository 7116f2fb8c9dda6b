using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Provenance.Core;
using Provenance.Core.Json;

namespace Provenance.Store.Sqlite;

/// <summary>
/// Maps between <see cref="Document"/> metadata and the columns of the <c>documents</c> table (see SCHEMA.md):
/// dates as <c>yyyy-MM-dd</c>, <c>stored_at</c> as ISO 8601 UTC, <see cref="DocumentMetadata.Extra"/> as a JSON object.
/// </summary>
internal static class DocumentRows
{
    /// <summary>The columns <see cref="Read"/> expects, in this order, from a <c>documents</c> table aliased <c>d</c>.</summary>
    public const string Columns =
        "d.doc_no, d.id, d.content_hash, d.length, d.outlet, d.author, d.url, d.title, d.published, d.kind, " +
        "d.language, d.cluster, d.source_path, d.forwarded_from, d.extra, d.stored_at";

    /// <summary>How many columns <see cref="Columns"/> has: the next ordinal is free for a query's own columns.</summary>
    public const int ColumnCount = 16;

    public const string Insert = """
        INSERT INTO documents (id, content_hash, text, length, outlet, author, url, title, published, kind,
                               language, cluster, source_path, forwarded_from, extra, stored_at)
        VALUES ($id, $content_hash, $text, $length, $outlet, $author, $url, $title, $published, $kind,
                $language, $cluster, $source_path, $forwarded_from, $extra, $stored_at)
        RETURNING doc_no
        """;

    public static void BindInsert(SqliteCommand command, Document document, DateTimeOffset storedAt)
    {
        var m = document.Metadata;
        command.Parameters.AddWithValue("$id", document.Id);
        command.Parameters.AddWithValue("$content_hash", document.ContentHash);
        command.Parameters.AddWithValue("$text", document.Text);
        command.Parameters.AddWithValue("$length", document.Text.Length);
        command.Parameters.AddWithValue("$outlet", (object?)m.Outlet ?? DBNull.Value);
        command.Parameters.AddWithValue("$author", (object?)m.Author ?? DBNull.Value);
        command.Parameters.AddWithValue("$url", (object?)m.Url ?? DBNull.Value);
        command.Parameters.AddWithValue("$title", (object?)m.Title ?? DBNull.Value);
        command.Parameters.AddWithValue("$published", (object?)m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
        command.Parameters.AddWithValue("$kind", (object?)m.Kind ?? DBNull.Value);
        command.Parameters.AddWithValue("$language", (object?)m.Language ?? DBNull.Value);
        command.Parameters.AddWithValue("$cluster", (object?)m.Cluster ?? DBNull.Value);
        command.Parameters.AddWithValue("$source_path", (object?)m.SourcePath ?? DBNull.Value);
        command.Parameters.AddWithValue("$forwarded_from", (object?)m.ForwardedFrom ?? DBNull.Value);
        command.Parameters.AddWithValue("$extra", JsonSerializer.Serialize(m.Extra ?? ImmutableSortedDictionary<string, string>.Empty, DocumentJson.SerializerOptions));
        command.Parameters.AddWithValue("$stored_at", storedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
    }

    /// <summary>Reads <see cref="Columns"/> from the current row; returns the row's <c>doc_no</c> too.</summary>
    public static (long DocNo, StoredDocument Document) Read(SqliteDataReader reader)
    {
        var id = reader.GetString(1);
        var extraJson = reader.GetString(14);
        ImmutableSortedDictionary<string, string> extra;
        try
        {
            extra = JsonSerializer.Deserialize<ImmutableSortedDictionary<string, string>>(extraJson, DocumentJson.SerializerOptions)
                ?? ImmutableSortedDictionary<string, string>.Empty;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The extra metadata of stored document '{id}' cannot be read: {ex.Message}", ex);
        }

        var metadata = new DocumentMetadata
        {
            Outlet = NullableString(reader, 4),
            Author = NullableString(reader, 5),
            Url = NullableString(reader, 6),
            Title = NullableString(reader, 7),
            Published = NullableString(reader, 8) is { } published
                ? DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null,
            Kind = NullableString(reader, 9),
            Language = NullableString(reader, 10),
            Cluster = NullableString(reader, 11),
            SourcePath = NullableString(reader, 12),
            ForwardedFrom = NullableString(reader, 13),
            // The shared empty instance keeps metadata without extras equal to DocumentMetadata.Empty.
            Extra = extra.IsEmpty ? ImmutableSortedDictionary<string, string>.Empty : extra,
        };
        var storedAt = DateTimeOffset.Parse(reader.GetString(15), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var document = new StoredDocument(id, reader.GetString(2), metadata, reader.GetInt32(3), storedAt);
        return (reader.GetInt64(0), document);
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
