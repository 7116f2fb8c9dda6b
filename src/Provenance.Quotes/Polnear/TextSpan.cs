namespace Provenance.Quotes.Polnear;

/// <summary>A character span <c>[Start, End)</c> in UTF-16 units of an article's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Overlap(TextSpan other) => Math.Min(End, other.End) - Math.Max(Start, other.Start);
}
