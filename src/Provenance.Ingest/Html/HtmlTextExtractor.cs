using System.Text;
using AngleSharp.Dom;
using Provenance.Core.Annotations;
using Provenance.Ingest.Formats;

namespace Provenance.Ingest.Html;

/// <summary>
/// Turns an HTML element into text, one paragraph per line, with markup evidence. Block-level elements
/// (<c>p</c>, headings, <c>li</c>, <c>blockquote</c>, <c>div</c>, table rows, …) and <c>&lt;br&gt;</c> end a line;
/// inline elements run on. White space collapses as a browser shows it (runs of spaces, tabs, line breaks and
/// no-break spaces become one space; lines are trimmed), except that line breaks inside <c>&lt;pre&gt;</c>
/// end lines. Entities are already decoded by the parser. Spans recorded: <c>blockquote</c>
/// (<see cref="MarkupKind.BlockQuote"/>), <c>q</c> (<see cref="MarkupKind.InlineQuote"/>; no quotation marks
/// are added to the text), <c>cite</c>, <c>a href</c> (<see cref="MarkupKind.Link"/> with the address made
/// absolute against <paramref name="baseUri"/> when one is known; <c>javascript:</c> and in-page <c>#</c>
/// links are not evidence), <c>h1</c>–<c>h6</c> and <c>li</c>. Elements that are never text (script, style,
/// media, form controls) are skipped; choosing the main content is the caller's job.
/// The walk uses an explicit stack, so deeply nested markup cannot overflow the call stack.
/// </summary>
internal static class HtmlTextExtractor
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "tfoot", "thead", "tr", "ul",
    };

    /// <summary>Elements whose content is never prose.</summary>
    internal static readonly HashSet<string> NonTextElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video", "audio",
        "picture", "img", "select", "textarea", "button", "input", "head", "title", "meta", "link", "base",
    };

    public static InlineText Extract(IElement root, Uri? baseUri)
    {
        var builder = new Builder();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (exit)
            {
                builder.Exit((IElement)node);
                continue;
            }

            switch (node)
            {
                case IText text:
                    builder.AppendText(text.Data);
                    break;
                case IElement element when !NonTextElements.Contains(element.LocalName):
                    builder.Enter(element, MarkupOf(element, baseUri));
                    stack.Push((element, true));
                    // Indexing the child list: AngleSharp's PreviousSibling searches the parent's list, which
                    // made an element with many children quadratic.
                    var children = element.ChildNodes;
                    for (var i = children.Length - 1; i >= 0; i--)
                    {
                        stack.Push((children[i], false));
                    }

                    break;
            }
        }

        return builder.Finish();
    }

    private static (MarkupKind Kind, string? Target)? MarkupOf(IElement element, Uri? baseUri)
    {
        switch (element.LocalName)
        {
            case "blockquote":
                return (MarkupKind.BlockQuote, null);
            case "q":
                return (MarkupKind.InlineQuote, null);
            case "cite":
                return (MarkupKind.Cite, null);
            case "li":
                return (MarkupKind.ListItem, null);
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                return (MarkupKind.Heading, null);
            case "a":
                var href = element.GetAttribute("href")?.Trim();
                if (string.IsNullOrEmpty(href) || href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }

                return (MarkupKind.Link, Absolute(href, baseUri));
            default:
                return null;
        }
    }

    /// <summary>Makes <paramref name="href"/> absolute against <paramref name="baseUri"/>; kept as written when that cannot be done.</summary>
    internal static string Absolute(string href, Uri? baseUri)
    {
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is not "file")
        {
            return absolute.ToString();
        }

        return baseUri is not null && Uri.TryCreate(baseUri, href, out var resolved) ? resolved.ToString() : href;
    }

    private sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<MarkupSpan> _markup = [];
        private readonly Stack<OpenSpan?> _open = new();
        private bool _atLineStart = true;
        private bool _pendingSpace;
        private int _preDepth;
        private int _unstarted;

        public void Enter(IElement element, (MarkupKind Kind, string? Target)? markup)
        {
            var name = element.LocalName;
            if (BlockElements.Contains(name) || name == "br")
            {
                BreakLine();
            }
            else if (name is "td" or "th")
            {
                // Cells of one row stay on the row's line, apart.
                _pendingSpace = !_atLineStart;
            }

            if (name == "pre")
            {
                _preDepth++;
            }

            if (markup is { } m)
            {
                _open.Push(new OpenSpan(m.Kind, m.Target));
                _unstarted++;
            }
            else
            {
                _open.Push(null);
            }
        }

        public void Exit(IElement element)
        {
            var closed = _open.Pop();
            if (closed is { Start: < 0 })
            {
                _unstarted--;
            }
            else if (closed is { } span)
            {
                // Line breaks written by blocks inside the element are not part of its span.
                var end = _text.Length;
                while (end > span.Start && _text[end - 1] == '\n')
                {
                    end--;
                }

                if (end > span.Start)
                {
                    _markup.Add(new MarkupSpan(span.Start, end, span.Kind, span.Target));
                }
            }

            var name = element.LocalName;
            if (name == "pre")
            {
                _preDepth--;
            }

            if (BlockElements.Contains(name))
            {
                BreakLine();
            }
            else if (name is "td" or "th")
            {
                _pendingSpace = !_atLineStart;
            }
        }

        public void AppendText(string data)
        {
            foreach (var c in data)
            {
                if (c == '\n' && _preDepth > 0)
                {
                    BreakLine();
                }
                else if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0')
                {
                    _pendingSpace = !_atLineStart;
                }
                else
                {
                    if (_pendingSpace)
                    {
                        _text.Append(' ');
                        _pendingSpace = false;
                    }

                    // Spans start at their first visible character, after any separating space. Spans not
                    // yet started are always the innermost ones, so the walk stops when all have started.
                    if (_unstarted > 0)
                    {
                        foreach (var open in _open)
                        {
                            if (open is { Start: < 0 })
                            {
                                open.Start = _text.Length;
                                if (--_unstarted == 0)
                                {
                                    break;
                                }
                            }
                        }
                    }

                    _text.Append(c);
                    _atLineStart = false;
                }
            }
        }

        public InlineText Finish()
        {
            while (_text.Length > 0 && _text[^1] == '\n')
            {
                _text.Length--;
            }

            var length = _text.Length;
            var markup = _markup.Where(m => m.Start < length).Select(m => m.End <= length ? m : new MarkupSpan(m.Start, length, m.Kind, m.Target)).ToList();
            return new InlineText(_text.ToString(), markup);
        }

        private void BreakLine()
        {
            if (!_atLineStart)
            {
                _text.Append('\n');
                _atLineStart = true;
            }

            _pendingSpace = false;
        }
    }

    private sealed class OpenSpan(MarkupKind kind, string? target)
    {
        public MarkupKind Kind { get; } = kind;
        public string? Target { get; } = target;
        public int Start { get; set; } = -1;
    }
}
