namespace Provenance.Quotes.Learned;

/// <summary>A span of text labelled as one part of an attribution, <c>[Start, End)</c> in UTF-16 units.</summary>
public readonly record struct LabelledSpan(int Start, int End, AttributionSpanKind Kind);
