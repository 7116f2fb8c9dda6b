namespace Provenance.Time.Evaluation;

/// <summary>
/// A TimeML (.tml) document reduced to what timex scoring needs: the TEXT element as plain text (inline tags
/// removed), the document creation time (the DCT's TIMEX3 value) as the reference date, and the gold TIMEX3s
/// inside TEXT with offsets into that plain text.
/// </summary>
public sealed record TempEvalDocument(string Id, string Text, DateOnly? CreationTime, IReadOnlyList<TempEvalTimex> Gold);
