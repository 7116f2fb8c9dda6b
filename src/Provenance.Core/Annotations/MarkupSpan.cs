using System.Text.Json.Serialization;

namespace Provenance.Core.Annotations;

/// <summary>What a reader saw in the source's markup that later annotators use as evidence.</summary>
public enum MarkupKind
{
    /// <summary>HTML <c>&lt;blockquote&gt;</c>.</summary>
    [JsonStringEnumMemberName("blockquote")] BlockQuote,

    /// <summary>HTML <c>&lt;q&gt;</c>.</summary>
    [JsonStringEnumMemberName("q")] InlineQuote,

    /// <summary>HTML <c>&lt;cite&gt;</c>: the title or source of a cited work.</summary>
    [JsonStringEnumMemberName("cite")] Cite,

    /// <summary>A hyperlink; <see cref="MarkupSpan.Target"/> is its address.</summary>
    [JsonStringEnumMemberName("link")] Link,

    /// <summary>A Markdown block quote (<c>&gt; ...</c>).</summary>
    [JsonStringEnumMemberName("md_quote")] MarkdownQuote,

    [JsonStringEnumMemberName("heading")] Heading,

    [JsonStringEnumMemberName("list_item")] ListItem,

    /// <summary>A syndication credit such as "(MENAFN - Live Mint)" or a forwarded-from line.</summary>
    [JsonStringEnumMemberName("credit")] CreditLine,
}

/// <summary>A span of the text that the source marked up; see <see cref="MarkupKind"/>.</summary>
public sealed record MarkupSpan(int Start, int End, MarkupKind Kind, string? Target = null) : IAnnotation
{
    public int End { get; init; } = SpanGuard.End(Start, End);
}
