using Provenance.Core;

namespace Provenance.Store;

/// <summary>
/// Where analysed documents live: text, metadata and every layer. Saving is atomic per document (all of
/// it or nothing) and idempotent: a document whose content hash is already stored is not stored again.
/// Implementations are safe to use from several threads.
/// </summary>
public interface IDocumentStore : IAsyncDisposable
{
    /// <summary>Stores the document with all its layers, or does nothing if its content is already stored.</summary>
    /// <exception cref="InvalidOperationException">
    /// The document's id is already taken by a different text. Nothing is written; the stored document stays.
    /// </exception>
    Task<SaveOutcome> SaveAsync(Document document, CancellationToken cancellationToken = default);

    /// <summary>
    /// The document with this id (or, failing that, the only one whose content hash starts with it, given at least
    /// 8 hexadecimal characters), with all layers; null when there is none.
    /// </summary>
    Task<Document?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>How many documents are stored.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Stored documents, newest published first; undated ones last; ties newest stored first.</summary>
    IAsyncEnumerable<StoredDocument> ListAsync(int limit, int offset = 0, CancellationToken cancellationToken = default);

    /// <summary>
    /// Full-text search over document text. <paramref name="query"/> is words and "quoted phrases"; every
    /// word must occur. Hits are ranked best first and carry a snippet. The query is parsed by
    /// <see cref="SearchQuery.Parse"/>: it is never syntax, so no input makes the search fail, and a query with
    /// nothing searchable in it finds nothing.
    /// </summary>
    IAsyncEnumerable<SearchHit> SearchAsync(string query, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every annotation of one layer across stored documents, with the document it belongs to: documents in the
    /// order they were stored, annotations in layer order.
    /// </summary>
    IAsyncEnumerable<StoredAnnotation<T>> GetAnnotationsAsync<T>(LayerKey<T> layer, CancellationToken cancellationToken = default)
        where T : IAnnotation;
}
