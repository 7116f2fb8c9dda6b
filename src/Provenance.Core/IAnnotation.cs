namespace Provenance.Core;

/// <summary>
/// A standoff annotation: a span of a <see cref="Document"/>'s text plus typed fields.
/// Offsets are UTF-16 code units (C# <c>string</c> indices, so an emoji counts as 2), <c>[Start, End)</c>:
/// <c>Start</c> inclusive, <c>End</c> exclusive, <c>Length = End - Start</c>, <c>text[Start..End]</c> is the span.
/// Annotations never store their text; read it from the document.
/// </summary>
public interface IAnnotation
{
    int Start { get; }
    int End { get; }
}
