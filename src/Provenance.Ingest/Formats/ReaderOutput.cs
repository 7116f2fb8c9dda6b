using Provenance.Core;
using Provenance.Core.Annotations;

namespace Provenance.Ingest.Formats;

/// <summary>
/// What a reader found in one item of a source, before the common checks of <see cref="DocumentFinisher"/>:
/// a draft (text, metadata, markup evidence, optional id), a complete document (re-ingested Provenance
/// JSON), or a failure.
/// </summary>
internal sealed class ReaderOutput
{
    private ReaderOutput(string sourcePath)
    {
        SourcePath = sourcePath;
    }

    /// <summary>The file, archive entry or item (<c>feed.xml#3</c>) this output came from.</summary>
    public string SourcePath { get; }

    public string? Error { get; private init; }

    public string? Text { get; private init; }

    public DocumentMetadata Metadata { get; private init; } = DocumentMetadata.Empty;

    /// <summary>
    /// Markup evidence. Null when the format has no markup (plain text, corpus JSON): the document gets no
    /// markup layer. Empty when the reader looked and found none: the layer is present and empty, which
    /// says "nothing marked" rather than "not looked at".
    /// </summary>
    public IReadOnlyList<MarkupSpan>? Markup { get; private init; }

    /// <summary>The id the source gives the document; null means "derive it from the content hash".</summary>
    public string? Id { get; private init; }

    public Document? Document { get; private init; }

    public static ReaderOutput Draft(string sourcePath, string text, DocumentMetadata metadata, IReadOnlyList<MarkupSpan>? markup = null, string? id = null) =>
        new(sourcePath) { Text = text, Metadata = metadata, Markup = markup, Id = string.IsNullOrWhiteSpace(id) ? null : id };

    public static ReaderOutput FromDocument(string sourcePath, Document document) =>
        new(sourcePath) { Document = document, Text = document.Text, Metadata = document.Metadata };

    public static ReaderOutput Failure(string sourcePath, string error) =>
        new(sourcePath) { Error = error };
}
