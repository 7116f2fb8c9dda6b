using Provenance.Core;

namespace Provenance.Quotes.Learned;

/// <summary>A training or development document for the attribution tagger: segmented (blocks, sentences) with its gold spans.</summary>
public sealed record AttributionExample(Document Document, IReadOnlyList<LabelledSpan> Gold);
