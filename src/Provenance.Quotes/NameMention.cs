namespace Provenance.Quotes;

/// <summary>A run of capitalised words found by <see cref="CapitalisedNameFinder"/>, <c>[Start, End)</c>.</summary>
internal sealed record NameMention(int Start, int End, string Text);
