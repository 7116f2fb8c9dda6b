namespace Provenance.Core.Annotations;

/// <summary>
/// What the document says a person is: an office, a title, an age ("age 50"), kinship ("son of ...").
/// The span is the phrase that states it.
/// </summary>
public sealed record PersonRole(int Start, int End, string Entity, string Role) : IAnnotation
{
    public int End { get; init; } = SpanGuard.End(Start, End);
}
