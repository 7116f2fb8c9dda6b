namespace Provenance.Store;

/// <summary>A full-text match: the document, a snippet with the matched words marked by <c>[</c> and <c>]</c>, and a rank (lower is better).</summary>
public sealed record SearchHit(StoredDocument Document, string Snippet, double Rank);
