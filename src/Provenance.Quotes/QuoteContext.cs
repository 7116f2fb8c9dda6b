using Provenance.Core;
using Provenance.Core.Annotations;

namespace Provenance.Quotes;

/// <summary>
/// What the sieves share while annotating one document: the text, its words, paragraphs, sentences, the
/// quotations found in the raw text and the names. Built once per document; never shared between documents.
/// </summary>
internal sealed class QuoteContext
{
    private readonly int[] _sentenceStarts;
    private readonly int[] _blockStarts;

    public QuoteContext(Document document, QuoteOptions options, CancellationToken cancellationToken)
    {
        Text = document.Text;
        Options = options;
        Blocks = document.Get(Layers.Blocks);
        Sentences = document.Get(Layers.Sentences);
        Words = WordScanner.Scan(Text);
        QuotedSpans = QuoteMarkScanner.Scan(Text, Blocks, options, cancellationToken);
        Names = new NameCatalog(Text, Words);
        if (document.Has(Layers.Entities))
        {
            // The entity layer, when present, knows full names the capitalised runs miss ("Mark Rutte" inside a quotation).
            Names.AddPersonNames(document.Get(Layers.Entities).Where(e => e.Type == EntityType.Person).Select(e => e.Entity).Distinct(StringComparer.Ordinal));
        }

        _sentenceStarts = [.. Sentences.Select(s => s.Start)];
        _blockStarts = [.. Blocks.Select(b => b.Start)];
    }

    public string Text { get; }

    public QuoteOptions Options { get; }

    public IReadOnlyList<Block> Blocks { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public TextWord[] Words { get; }

    public List<QuotedSpan> QuotedSpans { get; }

    public NameCatalog Names { get; }

    public string WordText(int index) => Words[index].TextIn(Text);

    public bool WordIs(int index, string value) =>
        index >= 0 && index < Words.Length && Words[index].In(Text).Equals(value, StringComparison.OrdinalIgnoreCase);

    /// <summary>Index of the sentence holding <paramref name="position"/>, or the last one starting before it.</summary>
    public int SentenceIndexAt(int position) => IndexAt(_sentenceStarts, position);

    public int BlockIndexAt(int position) => IndexAt(_blockStarts, position);

    /// <summary>Word index range [first, end) of a sentence.</summary>
    public (int First, int End) WordRange(int start, int end) =>
        (WordScanner.FirstAtOrAfter(Words, start), WordScanner.FirstAtOrAfter(Words, end));

    /// <summary>The top-level quotation holding <paramref name="position"/> (they do not overlap and are in text order), or null.</summary>
    public QuotedSpan? QuoteContaining(int position)
    {
        var next = FirstQuotedSpanOpeningAtOrAfter(position + 1);
        return next > 0 && QuotedSpans[next - 1].Contains(position) ? QuotedSpans[next - 1] : null;
    }

    /// <summary>Index of the first quotation whose opening mark is at or after <paramref name="position"/>.</summary>
    public int FirstQuotedSpanOpeningAtOrAfter(int position)
    {
        int low = 0, high = QuotedSpans.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (QuotedSpans[mid].Open < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    public int CountWords(int start, int end)
    {
        var (first, last) = WordRange(start, end);
        var count = 0;
        for (var i = first; i < last; i++)
        {
            if (Words[i].IsWord(Text))
            {
                count++;
            }
        }

        return count;
    }

    private static int IndexAt(int[] starts, int position)
    {
        var index = Array.BinarySearch(starts, position);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }
}
