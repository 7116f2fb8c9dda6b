using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Provenance.Core.Annotations;
using Provenance.Ingest.Formats;

namespace Provenance.Ingest.Markdown;

/// <summary>
/// Removes inline Markdown syntax from one paragraph and records links as <see cref="MarkupKind.Link"/>
/// spans. Handles: emphasis and strong emphasis with <c>*</c> and <c>_</c> and strikethrough with <c>~~</c>
/// (matched by the CommonMark flanking rules, so <c>snake_case</c> and <c>2 * 3</c> stay as written; an
/// unmatched delimiter stays as text), inline links <c>[anchor](url "title")</c>, reference links
/// <c>[anchor][label]</c> and <c>[label]</c>, autolinks <c>&lt;https://…&gt;</c>, code spans (backticks
/// removed, content kept), backslash escapes and HTML entities. Images are dropped whole: their alternative
/// text is not part of the prose. Not handled: inline HTML (kept as written), bare URLs (kept as text,
/// without a link span), footnotes, and CommonMark's "rule of three" for runs like <c>***a**b*</c>.
/// </summary>
internal sealed partial class MarkdownInlineParser
{
    // CommonMark limits link labels to 999 characters; longer bracketed text is never looked up.
    private const int MaxLabelLength = 999;

    // Destinations, titles and autolinks are looked for this far at most, so that text full of
    // unclosed "<" or "(" cannot make the parser quadratic.
    private const int MaxScan = 2048;

    private readonly IReadOnlyDictionary<string, string> _references;
    private Dictionary<int, int> _closingBracket = [];

    public MarkdownInlineParser(IReadOnlyDictionary<string, string> references)
    {
        _references = references;
    }

    public InlineText Parse(string raw)
    {
        _closingBracket = MatchBrackets(raw);
        var nodes = ParseNodes(raw, 0, raw.Length, allowLinks: true);
        var text = new StringBuilder(raw.Length);
        var markup = new List<MarkupSpan>();
        Render(nodes, text, markup);
        return new InlineText(text.ToString(), markup);
    }

    /// <summary>Normalises a reference label as CommonMark does: trimmed, inner white space collapsed, case folded.</summary>
    public static string NormalizeLabel(string label) =>
        string.Join(' ', label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private List<Node> ParseNodes(string s, int from, int to, bool allowLinks)
    {
        var nodes = new List<Node>();
        var literal = new StringBuilder();
        var i = from;
        while (i < to)
        {
            var c = s[i];
            if (c == '\\' && i + 1 < to && IsAsciiPunctuation(s[i + 1]))
            {
                literal.Append(s[i + 1]);
                i += 2;
            }
            else if (c == '`')
            {
                i = ReadCodeSpan(s, i, to, literal);
            }
            else if (c == '!' && allowLinks && i + 1 < to && s[i + 1] == '[' && TryParseLink(s, i + 1, to, out var imageEnd, out _, out _, out _))
            {
                i = imageEnd;
            }
            else if (c == '[' && allowLinks && TryParseLink(s, i, to, out var linkEnd, out var anchorStart, out var anchorEnd, out var target))
            {
                Flush(literal, nodes);
                nodes.Add(new LinkNode(ParseNodes(s, anchorStart, anchorEnd, allowLinks: false), target));
                i = linkEnd;
            }
            else if (c == '<' && allowLinks && TryParseAutolink(s, i, to, out var autoEnd, out var address, out var autoTarget))
            {
                Flush(literal, nodes);
                nodes.Add(new LinkNode([new LiteralNode(address)], autoTarget));
                i = autoEnd;
            }
            else if (c == '&' && TryDecodeEntity(s, i, to, out var entityEnd, out var decoded))
            {
                literal.Append(decoded);
                i = entityEnd;
            }
            else if (c is '*' or '_' or '~')
            {
                var run = 1;
                while (i + run < to && s[i + run] == c)
                {
                    run++;
                }

                if (c == '~' && run < 2)
                {
                    literal.Append(c);
                }
                else
                {
                    Flush(literal, nodes);
                    nodes.Add(CreateDelimiter(s, i, run, from, to));
                }

                i += run;
            }
            else
            {
                literal.Append(c);
                i++;
            }
        }

        Flush(literal, nodes);
        ResolveEmphasis(nodes);
        return nodes;
    }

    private static void Flush(StringBuilder literal, List<Node> nodes)
    {
        if (literal.Length > 0)
        {
            nodes.Add(new LiteralNode(literal.ToString()));
            literal.Clear();
        }
    }

    private static int ReadCodeSpan(string s, int i, int to, StringBuilder literal)
    {
        var run = 1;
        while (i + run < to && s[i + run] == '`')
        {
            run++;
        }

        // The closing run must have exactly the same length.
        var j = i + run;
        while (j < to)
        {
            if (s[j] != '`')
            {
                j++;
                continue;
            }

            var closing = 1;
            while (j + closing < to && s[j + closing] == '`')
            {
                closing++;
            }

            if (closing == run)
            {
                var content = s[(i + run)..j];
                if (content.Length >= 2 && content[0] == ' ' && content[^1] == ' ' && content.Trim().Length > 0)
                {
                    content = content[1..^1];
                }

                literal.Append(content);
                return j + closing;
            }

            j += closing;
        }

        literal.Append('`', run);
        return i + run;
    }

    private static DelimiterNode CreateDelimiter(string s, int i, int run, int from, int to)
    {
        // Flanking rules (CommonMark 6.2): a run can open when followed by non-space that is not
        // punctuation (or is punctuation preceded by space or punctuation); closing mirrors that.
        var before = i > from ? s[i - 1] : ' ';
        var after = i + run < to ? s[i + run] : ' ';
        var leftFlanking = !char.IsWhiteSpace(after) && (!IsPunctuation(after) || char.IsWhiteSpace(before) || IsPunctuation(before));
        var rightFlanking = !char.IsWhiteSpace(before) && (!IsPunctuation(before) || char.IsWhiteSpace(after) || IsPunctuation(after));
        var c = s[i];
        bool canOpen, canClose;
        if (c == '_')
        {
            // Underscores inside a word (snake_case) never emphasise.
            canOpen = leftFlanking && (!rightFlanking || IsPunctuation(before));
            canClose = rightFlanking && (!leftFlanking || IsPunctuation(after));
        }
        else
        {
            canOpen = leftFlanking;
            canClose = rightFlanking;
        }

        return new DelimiterNode(c, run, canOpen, canClose);
    }

    private static void ResolveEmphasis(List<Node> nodes)
    {
        // One stack of unmatched openers per delimiter character, so a closer never walks past openers of
        // other characters (which would make text like "*_*_*_" quadratic).
        var stacks = new Dictionary<char, List<DelimiterNode>>();
        var position = 0;
        foreach (var node in nodes)
        {
            position++;
            if (node is not DelimiterNode delimiter)
            {
                continue;
            }

            delimiter.Position = position;
            if (delimiter.CanClose && stacks.TryGetValue(delimiter.Char, out var openers))
            {
                while (delimiter.Remaining > 0 && openers.Count > 0)
                {
                    var opener = openers[^1];
                    var used = Math.Min(opener.Remaining, delimiter.Remaining);
                    if (delimiter.Char == '~' && used < 2)
                    {
                        break;
                    }

                    opener.Remaining -= used;
                    delimiter.Remaining -= used;
                    if (opener.Remaining == 0)
                    {
                        openers.RemoveAt(openers.Count - 1);
                    }

                    // Openers of other characters inside the matched pair can no longer match anything outside it.
                    foreach (var other in stacks.Values)
                    {
                        while (other.Count > 0 && other[^1].Position > opener.Position)
                        {
                            other.RemoveAt(other.Count - 1);
                        }
                    }
                }
            }

            if (delimiter.CanOpen && delimiter.Remaining > 0)
            {
                if (!stacks.TryGetValue(delimiter.Char, out var own))
                {
                    stacks[delimiter.Char] = own = [];
                }

                own.Add(delimiter);
            }
        }
    }

    private static void Render(List<Node> nodes, StringBuilder text, List<MarkupSpan> markup)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case LiteralNode literal:
                    text.Append(literal.Text);
                    break;
                case DelimiterNode delimiter:
                    text.Append(delimiter.Char, delimiter.Remaining);
                    break;
                case LinkNode link:
                    var start = text.Length;
                    Render(link.Children, text, markup);
                    if (text.Length > start)
                    {
                        markup.Add(new MarkupSpan(start, text.Length, MarkupKind.Link, link.Target));
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Pairs every <c>[</c> with the <c>]</c> that closes it (nesting counted, escaped brackets skipped) in one
    /// pass, so that trying each <c>[</c> as a link costs a lookup rather than a scan to the end of the text.
    /// </summary>
    private static Dictionary<int, int> MatchBrackets(string s)
    {
        var closing = new Dictionary<int, int>();
        var open = new Stack<int>();
        for (var i = 0; i < s.Length; i++)
        {
            switch (s[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    open.Push(i);
                    break;
                case ']' when open.Count > 0:
                    closing[open.Pop()] = i;
                    break;
            }
        }

        return closing;
    }

    private bool TryParseLink(string s, int open, int to, out int end, out int anchorStart, out int anchorEnd, out string? target)
    {
        end = anchorStart = anchorEnd = 0;
        target = null;
        if (!_closingBracket.TryGetValue(open, out var j) || j >= to)
        {
            return false;
        }

        anchorStart = open + 1;
        anchorEnd = j;
        var k = j + 1;
        if (k < to && s[k] == '(' && TryParseDestination(s, k + 1, to, out end, out target))
        {
            return true;
        }

        if (k < to && s[k] == '[')
        {
            var labelEnd = s.IndexOf(']', k + 1, Math.Min(to - k - 1, MaxLabelLength + 1));
            if (labelEnd < 0)
            {
                return false;
            }

            var label = s[(k + 1)..labelEnd];
            if (label.Length == 0)
            {
                label = s[anchorStart..anchorEnd];
            }

            if (label.Length <= MaxLabelLength && _references.TryGetValue(NormalizeLabel(label), out target))
            {
                end = labelEnd + 1;
                return true;
            }

            return false;
        }

        if (_references.Count > 0 && anchorEnd - anchorStart <= MaxLabelLength && _references.TryGetValue(NormalizeLabel(s[anchorStart..anchorEnd]), out target))
        {
            end = j + 1;
            return true;
        }

        return false;
    }

    private static bool TryParseDestination(string s, int k, int to, out int end, out string? target)
    {
        end = 0;
        target = null;
        while (k < to && s[k] is ' ' or '\t')
        {
            k++;
        }

        var destinationStart = k;
        string destination;
        if (k < to && s[k] == '<')
        {
            var close = s.IndexOf('>', k + 1, Math.Min(to - k - 1, MaxScan));
            if (close < 0)
            {
                return false;
            }

            destination = s[(k + 1)..close];
            k = close + 1;
        }
        else
        {
            var parentheses = 0;
            while (k < to && k - destinationStart < MaxScan && !char.IsWhiteSpace(s[k]))
            {
                if (s[k] == '(')
                {
                    parentheses++;
                }
                else if (s[k] == ')')
                {
                    if (parentheses == 0)
                    {
                        break;
                    }

                    parentheses--;
                }

                k++;
            }

            destination = s[destinationStart..k];
        }

        while (k < to && s[k] is ' ' or '\t')
        {
            k++;
        }

        if (k < to && s[k] is '"' or '\'' or '(')
        {
            var closer = s[k] == '(' ? ')' : s[k];
            var close = s.IndexOf(closer, k + 1, Math.Min(to - k - 1, MaxScan));
            if (close < 0)
            {
                return false;
            }

            k = close + 1;
            while (k < to && s[k] is ' ' or '\t')
            {
                k++;
            }
        }

        if (k >= to || s[k] != ')')
        {
            return false;
        }

        end = k + 1;
        target = destination.Length > 0 ? destination : null;
        return true;
    }

    private static bool TryParseAutolink(string s, int i, int to, out int end, out string address, out string target)
    {
        end = 0;
        address = target = "";
        // An autolink holds no white space and no "<", so the search for ">" stops there.
        var close = i + 1;
        while (close < to && close - i <= MaxScan && s[close] != '>' && s[close] != '<' && !char.IsWhiteSpace(s[close]))
        {
            close++;
        }

        if (close >= to || s[close] != '>')
        {
            return false;
        }

        var inner = s[(i + 1)..close];
        if (UriAutolink().IsMatch(inner))
        {
            address = target = inner;
        }
        else if (EmailAutolink().IsMatch(inner))
        {
            address = inner;
            target = "mailto:" + inner;
        }
        else
        {
            return false;
        }

        end = close + 1;
        return true;
    }

    private static bool TryDecodeEntity(string s, int i, int to, out int end, out string decoded)
    {
        var match = Entity().Match(s, i, Math.Min(to - i, 40));
        if (match.Success && match.Index == i)
        {
            decoded = WebUtility.HtmlDecode(match.Value);
            if (decoded != match.Value)
            {
                end = i + match.Length;
                return true;
            }
        }

        end = i;
        decoded = "";
        return false;
    }

    private static bool IsAsciiPunctuation(char c) => c < 128 && IsPunctuation(c);

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*$")]
    private static partial Regex UriAutolink();

    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)*$")]
    private static partial Regex EmailAutolink();

    [GeneratedRegex(@"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex Entity();

    private abstract class Node;

    private sealed class LiteralNode(string text) : Node
    {
        public string Text { get; } = text;
    }

    private sealed class DelimiterNode(char c, int count, bool canOpen, bool canClose) : Node
    {
        public char Char { get; } = c;
        public bool CanOpen { get; } = canOpen;
        public bool CanClose { get; } = canClose;

        /// <summary>How many delimiter characters are not matched and so stay as text.</summary>
        public int Remaining { get; set; } = count;

        /// <summary>Order among the nodes of its paragraph, to tell which openers lie inside a matched pair.</summary>
        public int Position { get; set; }
    }

    private sealed class LinkNode(List<Node> children, string? target) : Node
    {
        public List<Node> Children { get; } = children;
        public string? Target { get; } = target;
    }
}
