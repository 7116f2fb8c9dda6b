using Microsoft.Data.Sqlite;

namespace Provenance.Store.Sqlite.Migrations;

/// <summary>Version 1: documents, their layers as JSON arrays, and the FTS5 index over the text (see SCHEMA.md).</summary>
internal sealed class V1InitialSchema : SchemaMigration
{
    public override int Version => 1;

    public override string Description => "documents, layers and full-text index";

    public override void Apply(SqliteConnection connection, SqliteTransaction transaction) => Execute(connection, transaction, """
        CREATE TABLE documents (
            doc_no         INTEGER PRIMARY KEY,
            id             TEXT    NOT NULL UNIQUE CHECK (length(trim(id)) > 0),
            content_hash   TEXT    NOT NULL UNIQUE CHECK (length(content_hash) = 64),
            text           TEXT    NOT NULL,
            length         INTEGER NOT NULL CHECK (length >= 0),
            outlet         TEXT,
            author         TEXT,
            url            TEXT,
            title          TEXT,
            published      TEXT    CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            kind           TEXT,
            language       TEXT,
            cluster        TEXT,
            source_path    TEXT,
            forwarded_from TEXT,
            extra          TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(extra) AND json_type(extra) = 'object'),
            stored_at      TEXT    NOT NULL
        ) STRICT;

        CREATE INDEX documents_by_published ON documents (published DESC, doc_no DESC);

        CREATE TABLE layers (
            doc_no         INTEGER NOT NULL REFERENCES documents (doc_no) ON DELETE CASCADE,
            layer          TEXT    NOT NULL CHECK (length(layer) > 0),
            format_version INTEGER NOT NULL CHECK (format_version >= 1),
            payload        TEXT    NOT NULL CHECK (json_valid(payload) AND json_type(payload) = 'array'),
            PRIMARY KEY (doc_no, layer)
        ) STRICT;

        CREATE INDEX layers_by_name ON layers (layer, doc_no);

        CREATE VIRTUAL TABLE documents_fts USING fts5 (
            text,
            content = 'documents',
            content_rowid = 'doc_no',
            tokenize = 'unicode61 remove_diacritics 2'
        );

        CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts (rowid, text) VALUES (new.doc_no, new.text);
        END;

        CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', old.doc_no, old.text);
        END;

        CREATE TRIGGER documents_fts_update AFTER UPDATE OF text ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, text) VALUES ('delete', old.doc_no, old.text);
            INSERT INTO documents_fts (rowid, text) VALUES (new.doc_no, new.text);
        END;
        """);
}
