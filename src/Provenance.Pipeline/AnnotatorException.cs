namespace Provenance.Pipeline;

/// <summary>An annotator failed on a document; names both so a batch can report it and carry on.</summary>
public sealed class AnnotatorException : Exception
{
    public AnnotatorException(string annotator, string documentId, Exception inner)
        : base($"Annotator '{annotator}' failed on document '{documentId}': {inner?.Message}", inner)
    {
        Annotator = annotator;
        DocumentId = documentId;
    }

    public string Annotator { get; }

    public string DocumentId { get; }
}
