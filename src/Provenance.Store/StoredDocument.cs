using Provenance.Core;

namespace Provenance.Store;

/// <summary>A stored document's identity and metadata, without its layers.</summary>
public sealed record StoredDocument(string Id, string ContentHash, DocumentMetadata Metadata, int Length, DateTimeOffset StoredAt);
