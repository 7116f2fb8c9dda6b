namespace Provenance.Quotes.Polnear;

/// <summary>
/// One attribution relation of a BRAT file (an <c>E</c> line): its content, source and cue spans. A span
/// written in several fragments ("10 20;25 30") is kept as one span from the first start to the last end.
/// </summary>
public sealed record BratAttribution(IReadOnlyList<TextSpan> Content, IReadOnlyList<TextSpan> Source, IReadOnlyList<TextSpan> Cue);
