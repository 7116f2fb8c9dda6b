using Provenance.Core;

namespace Provenance.Store;

/// <summary>An annotation read from the store with the document it belongs to and the text it covers.</summary>
public sealed record StoredAnnotation<T>(StoredDocument Document, T Annotation, string Text) where T : IAnnotation;
