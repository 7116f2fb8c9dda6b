namespace Provenance.Eval;

/// <summary>
/// A gold file (<c>shared/gold/GUIDELINES.md</c>, "Files"): the document id, its reference date as written
/// (YYYY-MM-DD or <c>null</c>) and the annotated layers. <see cref="Source"/> says where it was read from, for messages.
/// </summary>
public sealed record GoldDocument(string Id, string? ReferenceDate, LayerRecords Layers, string? Source = null);
