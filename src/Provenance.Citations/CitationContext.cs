using System.Collections.Immutable;
using Provenance.Core;
using Provenance.Core.Annotations;

namespace Provenance.Citations;

/// <summary>
/// What the citation rules read besides the text: the reference year, the sentences (when the pipeline made
/// them) and the options. Finding a sentence falls back to the line when no sentence layer is present.
/// </summary>
internal sealed class CitationContext(Document document, CitationOptions options)
{
    private readonly ImmutableArray<Sentence> _sentences = document.Get(Layers.Sentences);

    public string Text { get; } = document.Text;

    public CitationOptions Options { get; } = options;

    /// <summary>The year of the document's reference date; null when the document has none.</summary>
    public int? ReferenceYear { get; } = document.ReferenceDate?.Year;

    /// <summary>The span of the sentence holding <paramref name="position"/>, or of its line.</summary>
    public (int Start, int End) SentenceAt(int position)
    {
        foreach (var sentence in _sentences)
        {
            if (sentence.Start <= position && position < sentence.End)
            {
                return (sentence.Start, sentence.End);
            }
        }

        var start = position <= 0 ? 0 : Text.LastIndexOf('\n', Math.Min(position, Text.Length) - 1) + 1;
        var end = Text.IndexOf('\n', Math.Min(position, Text.Length));
        return (start, end < 0 ? Text.Length : end);
    }

    /// <summary>The start of the line holding <paramref name="position"/>.</summary>
    public int LineStart(int position) => position <= 0 ? 0 : Text.LastIndexOf('\n', Math.Min(position, Text.Length) - 1) + 1;
}
