using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Ingest.Formats;

namespace Provenance.Ingest.Markdown;

/// <summary>
/// Reads Markdown (<c>.md</c>, <c>.markdown</c>) into one paragraph per line, removing syntax that is only
/// syntax and keeping it as evidence in <see cref="Layers.Markup"/>:
/// <list type="bullet">
/// <item>paragraphs: consecutive lines join into one line with single spaces;</item>
/// <item>block quotes (<c>&gt; </c>, nested, with lazy continuation lines): markers removed, one
/// <see cref="MarkupKind.MarkdownQuote"/> span over each quote's paragraphs;</item>
/// <item>ATX (<c># Title</c>) and setext (underlined) headings: markers removed, <see cref="MarkupKind.Heading"/>;</item>
/// <item>list items: bullets (<c>-</c>, <c>*</c>, <c>+</c>) removed; ordered markers (<c>1.</c>) kept, since
/// the number is content (point 7 of a plan); each item one line with a <see cref="MarkupKind.ListItem"/> span;</item>
/// <item>fenced code: fences removed, each code line kept as its own (trimmed) line, with no inline syntax removed;</item>
/// <item>inline syntax: see <see cref="MarkdownInlineParser"/> (links become <see cref="MarkupKind.Link"/>);</item>
/// <item>thematic breaks, link reference definitions, HTML comments and table separator rows are dropped;</item>
/// <item>a YAML front matter block (<c>---</c> … <c>---</c>) gives title, author, date, url, outlet and
/// language, and is not part of the text. Without a title there, the first level-1 heading is the title.</item>
/// </list>
/// Not handled: indented code blocks (their lines are read as paragraph text), HTML blocks (kept as text),
/// table cells (a row stays as written), and block structure inside list items beyond continuation lines.
/// </summary>
internal sealed partial class MarkdownReader : IFormatReader
{
    private const int MaxQuoteNesting = 32;

    public string FormatName => "Markdown";

    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown", ".mdown", ".mkd"];

    /// <summary>Markdown is chosen by extension only: any text is valid Markdown, so sniffing proves nothing.</summary>
    public bool CanRead(SourceText source) => false;

    public IEnumerable<ReaderOutput> Read(SourceText source, CancellationToken cancellationToken)
    {
        var lines = source.Text.Split('\n').ToList();
        var metadata = ReadFrontMatter(lines, out var bodyStart);
        lines = lines.GetRange(bodyStart, lines.Count - bodyStart);

        var references = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var definition = ReferenceDefinition().Match(line);
            if (definition.Success)
            {
                var label = MarkdownInlineParser.NormalizeLabel(definition.Groups[1].Value);
                var destination = definition.Groups[2].Success ? definition.Groups[2].Value : definition.Groups[3].Value;
                references.TryAdd(label, destination);
            }
        }

        var state = new BlockState(new ParagraphWriter(), new MarkdownInlineParser(references));
        ParseBlocks(lines, state, nesting: 0);
        if (metadata.Title is null && state.FirstTitle is not null)
        {
            metadata = metadata with { Title = state.FirstTitle };
        }

        yield return ReaderOutput.Draft(source.SourcePath, state.Writer.Text, metadata, state.Writer.Markup);
    }

    private static void ParseBlocks(List<string> lines, BlockState state, int nesting)
    {
        var i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (IsBlank(line) || ReferenceDefinition().IsMatch(line) || ThematicBreak().IsMatch(line))
            {
                i++;
            }
            else if (line.TrimStart().StartsWith("<!--", StringComparison.Ordinal))
            {
                i = SkipComment(lines, i);
            }
            else if (FenceStart().Match(line) is { Success: true } fence)
            {
                i = ReadFence(lines, i, fence.Groups[1].Value, state);
            }
            else if (QuoteStart().IsMatch(line) && nesting < MaxQuoteNesting)
            {
                i = ReadQuote(lines, i, state, nesting);
            }
            else if (AtxHeading().Match(line) is { Success: true } heading)
            {
                Emit(state, StripClosingHashes(heading.Groups[2].Value), MarkupKind.Heading, headingLevel: heading.Groups[1].Length);
                i++;
            }
            else if (BulletItem().IsMatch(line) || OrderedItem().IsMatch(line))
            {
                i = ReadListItem(lines, i, state);
            }
            else if (TableRow().IsMatch(line))
            {
                if (!IsTableSeparator(line))
                {
                    Emit(state, line, kind: null);
                }

                i++;
            }
            else
            {
                i = ReadParagraph(lines, i, state);
            }
        }
    }

    private static int ReadParagraph(List<string> lines, int i, BlockState state)
    {
        var parts = new List<string> { lines[i] };
        var j = i + 1;
        for (; j < lines.Count; j++)
        {
            var line = lines[j];
            if (IsBlank(line))
            {
                break;
            }

            if (SetextUnderline().Match(line) is { Success: true } underline)
            {
                Emit(state, Join(parts), MarkupKind.Heading, headingLevel: underline.Groups[1].Value[0] == '=' ? 1 : 2);
                return j + 1;
            }

            if (Interrupts(line))
            {
                break;
            }

            parts.Add(line);
        }

        Emit(state, Join(parts), kind: null);
        return j;
    }

    private static int ReadListItem(List<string> lines, int i, BlockState state)
    {
        var bullet = BulletItem().Match(lines[i]);
        string first;
        if (bullet.Success)
        {
            first = bullet.Groups[3].Value;
        }
        else
        {
            // An ordered item keeps its number: "7." is part of what the author wrote.
            var ordered = OrderedItem().Match(lines[i]);
            first = $"{ordered.Groups[2].Value}{ordered.Groups[3].Value} {ordered.Groups[4].Value}";
        }

        var parts = new List<string> { first };
        var j = i + 1;
        for (; j < lines.Count; j++)
        {
            var line = lines[j];
            if (IsBlank(line) || BulletItem().IsMatch(line) || OrderedItem().IsMatch(line) || Interrupts(line) || SetextUnderline().IsMatch(line))
            {
                break;
            }

            parts.Add(line);
        }

        Emit(state, Join(parts), MarkupKind.ListItem);
        return j;
    }

    private static int ReadQuote(List<string> lines, int i, BlockState state, int nesting)
    {
        var inner = new List<string>();
        var continuesParagraph = false;
        var j = i;
        for (; j < lines.Count; j++)
        {
            var line = lines[j];
            if (QuoteStart().IsMatch(line))
            {
                var stripped = StripQuoteMarker(line);
                inner.Add(stripped);
                continuesParagraph = !IsBlank(stripped) && !FenceStart().IsMatch(stripped) && !AtxHeading().IsMatch(stripped);
            }
            else if (continuesParagraph && !IsBlank(line) && !Interrupts(line))
            {
                // A lazy continuation line: part of the quoted paragraph though it has no "> ".
                inner.Add(line);
            }
            else
            {
                break;
            }
        }

        var start = state.Writer.NextStart;
        var before = state.Writer.ParagraphCount;
        ParseBlocks(inner, state, nesting + 1);
        if (state.Writer.ParagraphCount > before)
        {
            state.Writer.AddSpan(start, state.Writer.Length, MarkupKind.MarkdownQuote);
        }

        return j;
    }

    private static int ReadFence(List<string> lines, int i, string fence, BlockState state)
    {
        var closing = new Regex($@"^ {{0,3}}{Regex.Escape(fence[0].ToString())}{{{fence.Length},}}[ \t]*$");
        var j = i + 1;
        for (; j < lines.Count; j++)
        {
            if (closing.IsMatch(lines[j]))
            {
                return j + 1;
            }

            // Code is kept as written, one line per line; no inline syntax applies inside it.
            state.Writer.TryAppend(new InlineText(lines[j], []), out _, out _);
        }

        return j;
    }

    private static int SkipComment(List<string> lines, int i)
    {
        for (var j = i; j < lines.Count; j++)
        {
            if (lines[j].Contains("-->", StringComparison.Ordinal))
            {
                return j + 1;
            }
        }

        return lines.Count;
    }

    private static void Emit(BlockState state, string raw, MarkupKind? kind, int headingLevel = 0)
    {
        var inline = state.Inline.Parse(raw.Trim());
        if (!state.Writer.TryAppend(inline, out var start, out var end) || kind is not { } k)
        {
            return;
        }

        state.Writer.AddSpan(start, end, k);
        if (headingLevel == 1 && state.FirstTitle is null)
        {
            state.FirstTitle = state.Writer.Text[start..end];
        }
    }

    /// <summary>Joins the lines of one paragraph with single spaces; a trailing backslash (hard break) goes.</summary>
    private static string Join(List<string> parts) =>
        string.Join(' ', parts.Select(p =>
        {
            var trimmed = p.Trim();
            return trimmed.EndsWith('\\') && !trimmed.EndsWith(@"\\", StringComparison.Ordinal) ? trimmed[..^1].TrimEnd() : trimmed;
        }));

    /// <summary>Lines that end a paragraph without a blank line (CommonMark 4.8).</summary>
    private static bool Interrupts(string line) =>
        QuoteStart().IsMatch(line) || AtxHeading().IsMatch(line) || FenceStart().IsMatch(line) || ThematicBreak().IsMatch(line)
        || BulletItem().Match(line) is { Success: true } bullet && bullet.Groups[3].Value.Trim().Length > 0
        || OrderedItem().Match(line) is { Success: true } ordered && ordered.Groups[2].Value == "1" && ordered.Groups[4].Value.Trim().Length > 0
        || TableRow().IsMatch(line) || line.TrimStart().StartsWith("<!--", StringComparison.Ordinal);

    private static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    /// <summary>A table's header separator row, such as <c>| --- | :---: |</c>.</summary>
    private static bool IsTableSeparator(string line) =>
        line.Contains('-') && line.All(c => c is '|' or '-' or ':' or ' ' or '\t');

    /// <summary>Removes an ATX heading's optional closing sequence: <c>Title ##</c> becomes <c>Title</c>.</summary>
    private static string StripClosingHashes(string content)
    {
        var trimmed = content.TrimEnd();
        var hashes = trimmed.Length;
        while (hashes > 0 && trimmed[hashes - 1] == '#')
        {
            hashes--;
        }

        if (hashes == trimmed.Length)
        {
            return trimmed;
        }

        return hashes == 0 ? "" : trimmed[hashes - 1] is ' ' or '\t' ? trimmed[..hashes].TrimEnd() : trimmed;
    }

    private static string StripQuoteMarker(string line)
    {
        var marker = line.IndexOf('>');
        var rest = line[(marker + 1)..];
        return rest.Length > 0 && rest[0] is ' ' or '\t' ? rest[1..] : rest;
    }

    private static DocumentMetadata ReadFrontMatter(List<string> lines, out int bodyStart)
    {
        bodyStart = 0;
        if (lines.Count < 2 || lines[0].TrimEnd() != "---")
        {
            return DocumentMetadata.Empty;
        }

        var close = -1;
        for (var i = 1; i < Math.Min(lines.Count, 200); i++)
        {
            var line = lines[i];
            if (line.TrimEnd() is "---" or "...")
            {
                close = i;
                break;
            }

            // Only YAML-looking lines; otherwise the opening "---" was a thematic break.
            if (!IsBlank(line) && !line.StartsWith(' ') && !line.StartsWith('\t') && !line.StartsWith('#') && !line.StartsWith("- ", StringComparison.Ordinal) && !FrontMatterField().IsMatch(line))
            {
                return DocumentMetadata.Empty;
            }
        }

        if (close < 0)
        {
            return DocumentMetadata.Empty;
        }

        bodyStart = close + 1;
        var metadata = DocumentMetadata.Empty;
        var extra = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < close; i++)
        {
            var field = FrontMatterField().Match(lines[i]);
            if (!field.Success)
            {
                continue;
            }

            var key = field.Groups[1].Value.Trim().ToLowerInvariant();
            var value = field.Groups[2].Value.Trim().Trim('"', '\'').Trim();
            if (value.Length == 0)
            {
                continue;
            }

            switch (key)
            {
                case "title":
                    metadata = metadata with { Title = value };
                    break;
                case "author" or "authors" or "byline":
                    metadata = metadata with { Author = value };
                    break;
                case "date" or "published" or "pubdate" or "published_at":
                    if (DateText.TryParseDate(value, out var date))
                    {
                        metadata = metadata with { Published = date };
                    }
                    else
                    {
                        extra[key] = value;
                    }

                    break;
                case "url" or "link" or "canonical" or "canonical_url" or "source_url":
                    metadata = metadata with { Url = value };
                    break;
                case "outlet" or "source" or "publisher" or "site" or "site_name":
                    metadata = metadata with { Outlet = value };
                    break;
                case "lang" or "language":
                    metadata = metadata with { Language = LanguageTag.ToCode(value) };
                    break;
                default:
                    extra[key] = value;
                    break;
            }
        }

        return metadata with { Extra = extra.ToImmutable() };
    }

    private sealed class BlockState(ParagraphWriter writer, MarkdownInlineParser inline)
    {
        public ParagraphWriter Writer { get; } = writer;
        public MarkdownInlineParser Inline { get; } = inline;
        public string? FirstTitle { get; set; }
    }

    [GeneratedRegex(@"^ {0,3}(`{3,}|~{3,})")]
    private static partial Regex FenceStart();

    [GeneratedRegex(@"^ {0,3}>")]
    private static partial Regex QuoteStart();

    // The patterns below are written so that no two loops can match the same characters: matching stays
    // linear in the line's length even on hostile input (a long run of spaces, thousands of markers).
    [GeneratedRegex(@"^ {0,3}(#{1,6})(?:[ \t]+(.*))?$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^([ \t]*)([-+*])(?:[ \t]+(.*))?$")]
    private static partial Regex BulletItem();

    [GeneratedRegex(@"^([ \t]*)(\d{1,9})([.)])(?:[ \t]+(.*))?$")]
    private static partial Regex OrderedItem();

    [GeneratedRegex(@"^ {0,3}(=+|-+)[ \t]*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^ {0,3}\[([^\]]+)\]:[ \t]*(?:<([^>]*)>|(\S+))(?:[ \t]+(?:""[^""]*""|'[^']*'|\([^)]*\)))?[ \t]*$")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^[ \t]*\|")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_ .\-]*):(?:[ \t]+(.*))?$")]
    private static partial Regex FrontMatterField();
}
