using Provenance.Core;

namespace Provenance.Ingest;

/// <summary>
/// One outcome of reading a source: a document, or a failure naming the source and the reason.
/// A batch yields one result per document or failure and keeps going after a failure.
/// </summary>
public sealed record ReadResult
{
    private ReadResult(string sourcePath, Document? document, string? error)
    {
        SourcePath = sourcePath;
        Document = document;
        Error = error;
    }

    /// <summary>The file, archive entry (<c>a.zip!/b.html</c>) or feed item the result came from.</summary>
    public string SourcePath { get; }

    public Document? Document { get; }

    /// <summary>Why the source could not be read, in one sentence for a person.</summary>
    public string? Error { get; }

    public bool Succeeded => Document is not null;

    public static ReadResult Success(string sourcePath, Document document) =>
        new(sourcePath, document ?? throw new ArgumentNullException(nameof(document)), null);

    public static ReadResult Failure(string sourcePath, string error) =>
        new(sourcePath, null, string.IsNullOrWhiteSpace(error) ? throw new ArgumentException("A failure needs a reason.", nameof(error)) : error);
}
