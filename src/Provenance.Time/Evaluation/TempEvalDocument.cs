namespace Provenance.Time.Evaluation;

/// <summary>
/// A document reduced to what timex scoring needs: plain text, the reference date given to the annotator (a
/// TimeML DCT, or a corpus document's published date), and the gold TIMEX3s with offsets into that text.
/// <paramref name="GoldReference"/> is the date the gold was resolved against when the annotator is not told it
/// (shared gold whose document has no published date); tools that cannot find a dateline are given it.
/// </summary>
public sealed record TempEvalDocument(string Id, string Text, DateOnly? CreationTime, IReadOnlyList<TempEvalTimex> Gold, DateOnly? GoldReference = null);
