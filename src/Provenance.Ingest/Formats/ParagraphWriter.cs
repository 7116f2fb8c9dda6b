using System.Text;
using Provenance.Core.Annotations;

namespace Provenance.Ingest.Formats;

/// <summary>
/// Builds a document's text one paragraph per line, the house convention (paragraphs separated by a single
/// <c>\n</c>, no blank lines), and keeps markup spans in step with the text. A paragraph is trimmed of white
/// space at both ends, and one that is only white space is not written.
/// </summary>
internal sealed class ParagraphWriter
{
    private readonly StringBuilder _text = new();
    private readonly List<MarkupSpan> _markup = [];

    public int Length => _text.Length;

    public int ParagraphCount { get; private set; }

    /// <summary>Where the next paragraph will start (after the line break that separates it).</summary>
    public int NextStart => _text.Length == 0 ? 0 : _text.Length + 1;

    public IReadOnlyList<MarkupSpan> Markup => _markup;

    public string Text => _text.ToString();

    /// <summary>Appends a paragraph; returns its span, or false when it holds no text.</summary>
    public bool TryAppend(InlineText line, out int start, out int end)
    {
        var text = line.Text;
        var lead = 0;
        while (lead < text.Length && char.IsWhiteSpace(text[lead]))
        {
            lead++;
        }

        var trail = text.Length;
        while (trail > lead && char.IsWhiteSpace(text[trail - 1]))
        {
            trail--;
        }

        if (trail == lead)
        {
            start = end = _text.Length;
            return false;
        }

        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        start = _text.Length;
        _text.Append(text, lead, trail - lead);
        end = _text.Length;
        foreach (var span in line.Markup)
        {
            var spanStart = Math.Clamp(span.Start - lead, 0, trail - lead);
            var spanEnd = Math.Clamp(span.End - lead, 0, trail - lead);
            if (spanEnd > spanStart)
            {
                _markup.Add(new MarkupSpan(start + spanStart, start + spanEnd, span.Kind, span.Target));
            }
        }

        ParagraphCount++;
        return true;
    }

    public void AddSpan(int start, int end, MarkupKind kind, string? target = null)
    {
        if (end > start)
        {
            _markup.Add(new MarkupSpan(start, end, kind, target));
        }
    }
}
