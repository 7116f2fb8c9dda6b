using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Block = Markdig.Syntax.Block;
using Provenance.Core.Annotations;
using Provenance.Ingest.Formats;

namespace Provenance.Ingest.Markdown;

/// <summary>
/// Walks a Markdig syntax tree and writes its prose one paragraph per line through a
/// <see cref="ParagraphWriter"/>, keeping the structure as <see cref="MarkupSpan"/> evidence that points at the
/// written text: <see cref="MarkupKind.MarkdownQuote"/> over each block quote's lines,
/// <see cref="MarkupKind.Heading"/>, <see cref="MarkupKind.ListItem"/> over each item's lines and
/// <see cref="MarkupKind.Link"/> over anchor text (target = URL). Emphasis, code and link syntax go; code
/// spans, entities and anchor text stay. An ordered item keeps its number ("7. "), since the number is
/// content. Fenced code is written line by line, a table row by row with cells joined by " | ".
/// Images, thematic breaks, link reference definitions, HTML comments and the front matter block are
/// dropped. Does not handle: inline HTML and HTML blocks, which stay as written.
/// </summary>
internal sealed class MarkdownTextWriter
{
    private readonly ParagraphWriter _writer = new();

    // Set by an ordered list item and written before the item's first paragraph.
    private string? _pendingPrefix;

    public string Text => _writer.Text;

    public IReadOnlyList<MarkupSpan> Markup => _writer.Markup;

    /// <summary>The text of the first level-1 heading, the title when front matter gives none.</summary>
    public string? FirstTitle { get; private set; }

    public void Write(MarkdownDocument document, CancellationToken cancellationToken)
    {
        foreach (var block in document)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteBlock(block);
        }
    }

    private void WriteBlock(Block block)
    {
        switch (block)
        {
            case YamlFrontMatterBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup or BlankLineBlock:
            case HtmlBlock { Type: HtmlBlockType.Comment }:
                break;
            case HeadingBlock heading:
                if (TryWriteInline(heading.Inline, out var start, out var end))
                {
                    _writer.AddSpan(start, end, MarkupKind.Heading);
                    if (heading.Level == 1)
                    {
                        FirstTitle ??= _writer.Text[start..end];
                    }
                }

                break;
            case HtmlBlock html:
                // Kept as written; its lines are joined like a paragraph's, since HTML wraps prose freely.
                _writer.TryAppend(new InlineText(html.Lines.ToString().Replace('\n', ' '), []), out _, out _);
                break;
            case CodeBlock code:
                // Code is kept as written, one line per line, with no inline syntax removed.
                foreach (var line in code.Lines.ToString().Split('\n'))
                {
                    _writer.TryAppend(new InlineText(line, []), out _, out _);
                }

                break;
            case LeafBlock leaf:
                TryWriteInline(leaf.Inline, out _, out _);
                break;
            case QuoteBlock quote:
                WriteContainer(quote, MarkupKind.MarkdownQuote);
                break;
            case ListItemBlock item:
                if (item.Parent is ListBlock { IsOrdered: true } list)
                {
                    _pendingPrefix = $"{item.Order}{list.OrderedDelimiter} ";
                }

                WriteContainer(item, MarkupKind.ListItem);
                _pendingPrefix = null;
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    WriteRow(row);
                }

                break;
            case ContainerBlock container:
                WriteContainer(container, kind: null);
                break;
        }
    }

    /// <summary>Writes a container's blocks and puts one span of <paramref name="kind"/> over all their lines.</summary>
    private void WriteContainer(ContainerBlock container, MarkupKind? kind)
    {
        var start = _writer.NextStart;
        var before = _writer.ParagraphCount;
        foreach (var child in container)
        {
            WriteBlock(child);
        }

        if (kind is { } k && _writer.ParagraphCount > before)
        {
            _writer.AddSpan(start, _writer.Length, k);
        }
    }

    private void WriteRow(TableRow row)
    {
        var line = new InlineBuilder();
        foreach (var cell in row.OfType<TableCell>())
        {
            if (line.Length > 0)
            {
                line.Append(" | ");
            }

            foreach (var leaf in cell.OfType<LeafBlock>())
            {
                line.AppendInlines(leaf.Inline);
            }
        }

        _writer.TryAppend(line.ToInlineText(), out _, out _);
    }

    private bool TryWriteInline(ContainerInline? inline, out int start, out int end)
    {
        var line = new InlineBuilder();
        if (_pendingPrefix is not null)
        {
            line.Append(_pendingPrefix);
            _pendingPrefix = null;
        }

        line.AppendInlines(inline);
        return _writer.TryAppend(line.ToInlineText(), out start, out end);
    }

    /// <summary>Builds the text of one paragraph from inlines, recording link spans as it appends.</summary>
    private sealed class InlineBuilder
    {
        private readonly StringBuilder _text = new();
        private readonly List<MarkupSpan> _markup = [];

        public int Length => _text.Length;

        public void Append(string text) => _text.Append(text);

        public InlineText ToInlineText() => new(_text.ToString(), _markup);

        public void AppendInlines(ContainerInline? container)
        {
            if (container is null)
            {
                return;
            }

            foreach (var inline in container)
            {
                AppendInline(inline);
            }
        }

        private void AppendInline(Inline inline)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    _text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    _text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    _text.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    // Soft and hard breaks alike: the paragraph is one line.
                    _text.Append(' ');
                    break;
                case HtmlInline html:
                    _text.Append(html.Tag);
                    break;
                case AutolinkInline autolink:
                    var autoStart = _text.Length;
                    _text.Append(autolink.Url);
                    _markup.Add(new MarkupSpan(autoStart, _text.Length, MarkupKind.Link, autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url));
                    break;
                case LinkInline { IsImage: true }:
                    // An image's alternative text describes a picture; it is not part of the prose.
                    break;
                case LinkInline link:
                    var linkStart = _text.Length;
                    AppendInlines(link);
                    if (_text.Length > linkStart)
                    {
                        _markup.Add(new MarkupSpan(linkStart, _text.Length, MarkupKind.Link, link.Url));
                    }

                    break;
                case ContainerInline container:
                    // Emphasis, strikethrough and any other wrapper: the words stay, the markers go.
                    AppendInlines(container);
                    break;
            }
        }
    }
}
