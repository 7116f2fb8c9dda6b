namespace Provenance.Quotes;

/// <summary>
/// A top-level stretch of text inside quotation marks. <see cref="ContentStart"/>..<see cref="ContentEnd"/>
/// excludes the marks; <see cref="Open"/> is the opening mark and <see cref="CloseEnd"/> the position after the
/// closing mark (equal to <see cref="ContentEnd"/> when the quotation is never closed). A multi-paragraph
/// quotation is one span.
/// </summary>
internal sealed record QuotedSpan(int Open, int ContentStart, int ContentEnd, int CloseEnd)
{
    public bool Contains(int position) => position >= Open && position < CloseEnd;
}
