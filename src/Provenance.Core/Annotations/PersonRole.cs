namespace Provenance.Core.Annotations;

/// <summary>
/// What the document says a person is: an office, a title, an age ("age 50"), kinship ("son of ...").
/// The span is the phrase that states it. <see cref="Entity"/> is the person's canonical name (as in the
/// entities layer); <see cref="Rule"/> names the rule or model that produced the record.
/// </summary>
public sealed record PersonRole(int Start, int End, string Entity, string Role, string? Rule = null) : IAnnotation
{
    public int End { get; init; } = SpanGuard.End(Start, End);
}
