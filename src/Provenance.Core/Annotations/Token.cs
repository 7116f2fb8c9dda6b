using System.Text.Json.Serialization;

namespace Provenance.Core.Annotations;

public enum TokenKind
{
    [JsonStringEnumMemberName("word")] Word,
    [JsonStringEnumMemberName("number")] Number,
    [JsonStringEnumMemberName("punct")] Punctuation,
    [JsonStringEnumMemberName("symbol")] Symbol,
    [JsonStringEnumMemberName("url")] Url,
}

/// <summary>A token; its text is <c>document.Text[Start..End]</c>, so tokens reproduce the text exactly.</summary>
public sealed record Token(int Start, int End, TokenKind Kind) : IAnnotation
{
    public int End { get; init; } = SpanGuard.End(Start, End);
}
