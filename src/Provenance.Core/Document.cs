using System.Collections.Immutable;

namespace Provenance.Core;

/// <summary>
/// An immutable text with its metadata and typed annotation layers. Nothing rewrites the text: every
/// annotation is a standoff span into it (see <see cref="IAnnotation"/> for the offset convention).
/// Adding a layer returns a new document; a document is safe to share across threads.
/// </summary>
public sealed class Document
{
    private readonly ImmutableDictionary<LayerKey, object> _layers;

    public Document(string id, string text, DocumentMetadata? metadata = null)
        : this(id, text, metadata ?? DocumentMetadata.Empty, Core.ContentHash.Of(text ?? throw new ArgumentNullException(nameof(text))), ImmutableDictionary<LayerKey, object>.Empty)
    {
    }

    private Document(string id, string text, DocumentMetadata metadata, string contentHash, ImmutableDictionary<LayerKey, object> layers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Text = text;
        Metadata = metadata;
        ContentHash = contentHash;
        _layers = layers;
    }

    /// <summary>The source's own id when it has one (the corpus format does), else a short content hash.</summary>
    public string Id { get; }

    public string Text { get; }

    public DocumentMetadata Metadata { get; }

    /// <summary>SHA-256 of the text (see <see cref="Core.ContentHash"/>): the same text is the same document.</summary>
    public string ContentHash { get; }

    /// <summary>The date relative expressions resolve against: the published date when known.</summary>
    public DateOnly? ReferenceDate => Metadata.Published;

    /// <summary>Layer keys present, in <see cref="Layers.All"/> order.</summary>
    public IEnumerable<LayerKey> LayerKeys => Layers.All.Where(_layers.ContainsKey);

    /// <summary>Creates a document whose id is derived from its text's content hash.</summary>
    public static Document FromText(string text, DocumentMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = Core.ContentHash.Of(text);
        return new Document(Core.ContentHash.ShortId(hash), text, metadata ?? DocumentMetadata.Empty, hash, ImmutableDictionary<LayerKey, object>.Empty);
    }

    public bool Has(LayerKey key) => _layers.ContainsKey(key);

    /// <summary>The annotations of a layer, sorted by <c>Start</c> then <c>End</c>; empty when the layer is absent.</summary>
    public ImmutableArray<T> Get<T>(LayerKey<T> key) where T : IAnnotation =>
        _layers.TryGetValue(key, out var layer) ? (ImmutableArray<T>)layer : [];

    /// <summary>The layer's annotations as <see cref="IAnnotation"/>, for code that handles every layer alike.</summary>
    public IReadOnlyList<IAnnotation> GetUntyped(LayerKey key) =>
        _layers.TryGetValue(key, out var layer) ? ((System.Collections.IEnumerable)layer).Cast<IAnnotation>().ToList() : [];

    /// <summary>
    /// Returns a copy of this document with <paramref name="key"/> set to <paramref name="annotations"/>
    /// (replacing the layer if present). The annotations are sorted; each must lie inside the text, and
    /// in a layer that does not allow overlap no two may overlap.
    /// </summary>
    public Document With<T>(LayerKey<T> key, IEnumerable<T> annotations) where T : IAnnotation
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(annotations);
        var sorted = annotations.OrderBy(a => a.Start).ThenBy(a => a.End).ToImmutableArray();
        Validate(key, sorted);
        return new Document(Id, Text, Metadata, ContentHash, _layers.SetItem(key, sorted));
    }

    /// <summary>Returns a copy with other metadata; the text and layers stay.</summary>
    public Document WithMetadata(DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return new Document(Id, Text, metadata, ContentHash, _layers);
    }

    /// <summary>Returns a copy with another id (a corpus file names its documents itself).</summary>
    public Document WithId(string id) => new(id, Text, Metadata, ContentHash, _layers);

    /// <summary>The text an annotation covers.</summary>
    public string TextOf(IAnnotation annotation)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        return Text[annotation.Start..annotation.End];
    }

    private void Validate<T>(LayerKey<T> key, ImmutableArray<T> sorted) where T : IAnnotation
    {
        var previousEnd = -1;
        for (var i = 0; i < sorted.Length; i++)
        {
            var a = sorted[i];
            if (a.Start < 0 || a.End < a.Start || a.End > Text.Length)
            {
                throw new ArgumentOutOfRangeException(
                    "annotations",
                    $"Layer '{key.Name}': annotation [{a.Start}, {a.End}) lies outside the text of document '{Id}' (length {Text.Length}).");
            }

            if (!key.AllowsOverlap && a.Start < previousEnd)
            {
                throw new ArgumentException(
                    $"Layer '{key.Name}' does not allow overlap, but [{a.Start}, {a.End}) overlaps the annotation before it (ends at {previousEnd}) in document '{Id}'.",
                    "annotations");
            }

            previousEnd = Math.Max(previousEnd, a.End);
        }
    }
}
