namespace Provenance.Core.Annotations;

/// <summary>A sentence. Sentences never cross a block boundary.</summary>
public sealed record Sentence(int Start, int End) : IAnnotation
{
    public int End { get; init; } = SpanGuard.End(Start, End);
}
