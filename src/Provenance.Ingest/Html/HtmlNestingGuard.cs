namespace Provenance.Ingest.Html;

/// <summary>
/// Estimates how deeply an HTML text nests its elements, without parsing it. AngleSharp's tree builder takes
/// time quadratic in the nesting depth (20,000 nested <c>&lt;div&gt;</c> take seconds, 200,000 take minutes),
/// so input nested beyond <see cref="MaxDepth"/> is refused before parsing. The estimate counts start tags
/// minus end tags, ignoring void elements (<c>br</c>, <c>img</c>, …), elements whose end tag may be left out
/// (<c>p</c>, <c>li</c>, table parts, …), self-closed tags inside <c>svg</c> and <c>math</c> (elsewhere HTML
/// ignores the slash, so <c>&lt;div/&gt;</c> does nest), comments, and the content of <c>script</c> and
/// <c>style</c>; it can only over-count on pages that leave many other elements unclosed, which real pages
/// do not do thousands of times.
/// </summary>
internal static class HtmlNestingGuard
{
    /// <summary>Far beyond real pages, which nest a few dozen levels; low enough to parse in well under a second.</summary>
    public const int MaxDepth = 3000;

    private static readonly HashSet<string> NeverNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rp", "rt", "html", "head", "body", "!doctype",
    };

    public static bool IsTooDeep(string html)
    {
        var depth = 0;
        var foreign = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '!' or '-'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart)
            {
                i++;
                continue;
            }

            var name = html[nameStart..nameEnd];
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                break;
            }

            var foreignRoot = name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase);
            var selfClosed = html[tagEnd - 1] == '/';
            if (closing)
            {
                if (!NeverNesting.Contains(name))
                {
                    depth = Math.Max(0, depth - 1);
                }

                if (foreignRoot)
                {
                    foreign = Math.Max(0, foreign - 1);
                }
            }
            else if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var end = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                tagEnd = end < 0 ? html.Length - 1 : end + 1;
            }
            else if (!NeverNesting.Contains(name) && !(selfClosed && (foreign > 0 || foreignRoot)))
            {
                if (foreignRoot)
                {
                    foreign++;
                }

                if (++depth > MaxDepth)
                {
                    return true;
                }
            }

            i = tagEnd + 1;
        }

        return false;
    }

    public static string Message => $"HTML nested more than {MaxDepth} elements deep; not read, since parsing it would take too long";
}
