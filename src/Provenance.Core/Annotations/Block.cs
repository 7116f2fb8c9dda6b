using System.Text.Json.Serialization;

namespace Provenance.Core.Annotations;

/// <summary>Whose words a paragraph is (GUIDELINES.md, "blocks").</summary>
public enum Voice
{
    /// <summary>The document's own writer speaks.</summary>
    [JsonStringEnumMemberName("author")] Author,

    /// <summary>A passage reproduced from another text, marked or not.</summary>
    [JsonStringEnumMemberName("quoted")] Quoted,
}

/// <summary>
/// A paragraph: one non-empty line of the text, without its leading and trailing spaces.
/// <see cref="Source"/> names the text a quoted paragraph was taken from; <see cref="Evidence"/> says which
/// signal decided the voice, so that the decision can be shown and checked.
/// </summary>
public sealed record Block(int Start, int End, Voice Voice = Voice.Author, string? Source = null, string? Evidence = null) : IAnnotation
{
    public int End { get; init; } = SpanGuard.End(Start, End);
}
