using Provenance.Core.Annotations;

namespace Provenance.Quotes;

/// <summary>
/// Finds top-level quotations in the raw text, paragraph by paragraph, before any attribution (as CoreNLP's
/// QuoteAnnotator does), so tokenisation cannot break them.
/// <list type="bullet">
/// <item>double marks: curly “…”, low „…“ or „…”, guillemets «…» and straight "…" (straight marks alternate);</item>
/// <item>single marks ‘…’ and '…' at top level, when the opening mark starts a word and the closing one ends a
/// word, so apostrophes ("don’t", "Ukraine’s") are not taken for marks;</item>
/// <item>marks nested inside a quotation are part of it (only top-level spans are returned);</item>
/// <item>a paragraph that ends inside a quotation continues it when the next paragraph opens with a mark
/// (the newspaper convention for multi-paragraph quotations); otherwise the quotation ends with its paragraph.</item>
/// </list>
/// Not handled: a plural possessive apostrophe ("the officials’ view") inside a single-quoted passage closes it
/// early; quotations longer than <see cref="QuoteOptions.MaxQuoteLength"/> are dropped as stray marks.
/// </summary>
internal static class QuoteMarkScanner
{
    public static List<QuotedSpan> Scan(string text, IReadOnlyList<Block> blocks, QuoteOptions options, CancellationToken cancellationToken)
    {
        var spans = new List<QuotedSpan>();
        int? pendingOpen = null;
        var pendingContentStart = 0;
        var pendingDouble = true;
        for (var b = 0; b < blocks.Count; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var block = blocks[b];
            var i = block.Start;
            int? open = null;
            var contentStart = 0;
            var isDouble = true;
            char closer = '\0';

            if (pendingOpen is { } carried)
            {
                // A paragraph that reopens the quotation continues the one left open above.
                if (block.Start < block.End && IsOpeningMark(text, block.Start, block.Start, pendingDouble, out var reopenCloser))
                {
                    open = carried;
                    contentStart = pendingContentStart;
                    isDouble = pendingDouble;
                    closer = reopenCloser;
                    i = block.Start + 1;
                }

                pendingOpen = null;
            }

            for (; i < block.End; i++)
            {
                var c = text[i];
                if (open is null)
                {
                    if (IsOpeningMark(text, i, block.Start, null, out var expectedCloser))
                    {
                        open = i;
                        contentStart = i + 1;
                        isDouble = IsDoubleMark(c);
                        closer = expectedCloser;
                    }

                    continue;
                }

                if (isDouble ? IsDoubleCloser(c, closer) : IsSingleCloser(text, i, block.End))
                {
                    AddSpan(spans, open.Value, contentStart, i, i + 1, options);
                    open = null;
                }
            }

            if (open is not null)
            {
                var next = b + 1 < blocks.Count ? blocks[b + 1] : null;
                if (next is not null && next.Start < next.End && IsOpeningMark(text, next.Start, next.Start, isDouble, out _))
                {
                    pendingOpen = open;
                    pendingContentStart = contentStart;
                    pendingDouble = isDouble;
                }
                else if (isDouble)
                {
                    // An unclosed double mark runs to the end of its paragraph (a truncated excerpt).
                    AddSpan(spans, open.Value, contentStart, block.End, block.End, options);
                }
            }
        }

        return spans;
    }

    private static void AddSpan(List<QuotedSpan> spans, int open, int contentStart, int contentEnd, int closeEnd, QuoteOptions options)
    {
        if (contentEnd - contentStart > 0 && contentEnd - contentStart <= options.MaxQuoteLength)
        {
            spans.Add(new QuotedSpan(open, contentStart, contentEnd, closeEnd));
        }
    }

    private static bool IsDoubleMark(char c) => c is '“' or '”' or '„' or '«' or '»' or '"';

    /// <summary>
    /// True when <paramref name="i"/> holds a mark that opens a quotation; <paramref name="doubleOnly"/> restricts
    /// the kind (double, single, or either when null). <paramref name="closer"/> is the mark that should close it.
    /// </summary>
    private static bool IsOpeningMark(string text, int i, int blockStart, bool? doubleOnly, out char closer)
    {
        var c = text[i];
        closer = '\0';
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        if (char.IsWhiteSpace(next))
        {
            return false;
        }

        if (doubleOnly != false)
        {
            switch (c)
            {
                case '“': closer = '”'; return true;
                case '„': closer = '“'; return true;
                case '«': closer = '»'; return true;
                case '"': closer = '"'; return true;
            }
        }

        if (doubleOnly != true && c is '‘' or '\'' && StartsWord(text, i, blockStart) && char.IsLetterOrDigit(next))
        {
            closer = c == '‘' ? '’' : '\'';
            return true;
        }

        return false;
    }

    private static bool IsDoubleCloser(char c, char expected) =>
        c == expected || c is '”' or '"' || (expected == '“' && c == '“');

    /// <summary>A single mark closes when it ends a word: a letter or punctuation before it, no letter after it.</summary>
    private static bool IsSingleCloser(string text, int i, int blockEnd)
    {
        var c = text[i];
        if (c is not ('’' or '\''))
        {
            return false;
        }

        var before = text[i - 1];
        var after = i + 1 < blockEnd ? text[i + 1] : ' ';
        return !char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after);
    }

    private static bool StartsWord(string text, int i, int blockStart)
    {
        if (i == blockStart)
        {
            return true;
        }

        var before = text[i - 1];
        return char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or ':' or '“' or '"';
    }
}
