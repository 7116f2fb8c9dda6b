using System.Buffers;
using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Pipeline;

namespace Provenance.Segmentation;

/// <summary>
/// Splits a document into blocks (paragraphs): one block per non-empty line, as GUIDELINES.md ("blocks")
/// defines them. Lines end at <c>\n</c>, <c>\r\n</c>, <c>\r</c>, U+2028 and U+2029; each block's span leaves
/// out leading and trailing whitespace (<see cref="char.IsWhiteSpace(char)"/>, so no-break spaces too), and a
/// line holding only whitespace is no block. Any other line is one, even "***" or a lone U+FFFC object
/// replacement character: the gold counts every non-empty line.
/// <para>
/// Requires nothing; uses <see cref="Layers.Markup"/> when a reader left it. The voice given here is only the
/// markup's word: a block inside a block quote (<see cref="MarkupKind.BlockQuote"/> or
/// <see cref="MarkupKind.MarkdownQuote"/>) is <see cref="Voice.Quoted"/> with the quote's
/// <see cref="MarkupSpan.Target"/> as source, any other block <see cref="Voice.Author"/> with evidence
/// "default". Unmarked pasted passages are not detected here; a voice annotator later replaces this layer.
/// </para>
/// Immutable and thread-safe; checks cancellation once per line.
/// </summary>
public sealed class BlockAnnotator : IAnnotator
{
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\u2028\u2029");

    public string Name => "blocks";

    public IReadOnlyList<LayerKey> Requires { get; } = [];

    public IReadOnlyList<LayerKey> Uses { get; } = [Layers.Markup];

    public LayerKey Produces => Layers.Blocks;

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var quotes = new QuoteMarkupIndex(document.Get(Layers.Markup));
        var blocks = new List<Block>();

        var lineStart = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = text.AsSpan(lineStart).IndexOfAny(LineBreaks);
            var lineEnd = relative < 0 ? text.Length : lineStart + relative;

            var start = lineStart;
            var end = lineEnd;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                var (voice, source, evidence) = DecideVoice(quotes.Enclosing(start, end));
                blocks.Add(new Block(start, end, voice, source, evidence));
            }

            if (relative < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
            if (text[lineEnd] == '\r' && lineStart < text.Length && text[lineStart] == '\n')
            {
                lineStart++;
            }
        }

        return document.With(Layers.Blocks, blocks);
    }

    /// <summary>
    /// The provisional voice rule: a block the source marked as a quotation is quoted, anything else is the
    /// author's. Kept in one place so the voice annotator can take over this decision.
    /// </summary>
    private static (Voice Voice, string? Source, string Evidence) DecideVoice(MarkupSpan? enclosingQuote) => enclosingQuote switch
    {
        { Kind: MarkupKind.BlockQuote } quote => (Voice.Quoted, quote.Target, "markup:blockquote"),
        { Kind: MarkupKind.MarkdownQuote } quote => (Voice.Quoted, quote.Target, "markup:md_quote"),
        _ => (Voice.Author, null, "default"),
    };

    /// <summary>
    /// Finds the innermost block-quote markup span containing a block. Blocks are asked for in text order, so
    /// one forward sweep over the quote spans (sorted by start) serves all of them.
    /// </summary>
    private sealed class QuoteMarkupIndex(IReadOnlyList<MarkupSpan> markup)
    {
        private readonly MarkupSpan[] _quotes = markup
            .Where(m => m.Kind is MarkupKind.BlockQuote or MarkupKind.MarkdownQuote && m.End > m.Start)
            .OrderBy(m => m.Start)
            .ToArray();

        private readonly List<MarkupSpan> _open = [];
        private int _next;

        public MarkupSpan? Enclosing(int start, int end)
        {
            if (_quotes.Length == 0)
            {
                return null;
            }

            while (_next < _quotes.Length && _quotes[_next].Start <= start)
            {
                _open.Add(_quotes[_next++]);
            }

            // A span that ends before this block cannot contain any later block either.
            _open.RemoveAll(q => q.End <= start);

            MarkupSpan? best = null;
            foreach (var quote in _open)
            {
                if (quote.End >= end && (best is null || quote.End - quote.Start < best.End - best.Start))
                {
                    best = quote;
                }
            }

            return best;
        }
    }
}
