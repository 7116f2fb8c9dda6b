using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Pipeline;

namespace Provenance.Segmentation;

/// <summary>
/// Splits each sentence into tokens with exact offsets: tokens never hold whitespace, every other character
/// of a sentence belongs to exactly one token, and a surrogate pair or an emoji sequence is never cut.
/// <para>
/// Requires <see cref="Layers.Sentences"/>; adds <see cref="Layers.Tokens"/>. Configured with
/// <see cref="TokenOptions"/>. The rules, in the order they are tried at each position:
/// </para>
/// <list type="bullet">
/// <item><c>Url</c>: "http(s)://", "ftp://" and "www." addresses up to the next space, less trailing
/// punctuation (a closing bracket stays when the address opened one); e-mail addresses; bare domains with a
/// known top-level domain ("rt.com", "Kremlin.ru", "NV.ua"), with any path after them.</item>
/// <item><c>Symbol</c>: "@handle" and "#hashtag" as one token.</item>
/// <item>Clitics split as in the Penn Treebank: "don't" → "do" "n't", "can't" → "ca" "n't",
/// "Putin’s" → "Putin" "’s", also "'re" "'ve" "'ll" "'d" "'m"; other apostrophes stay inside the word
/// ("O'Brien"). A trailing apostrophe ("officials’") is punctuation of its own.</item>
/// <item><c>Word</c>: letters, marks and digits, joined by hyphens ("so-called", "28-point", "U.K.-led") and
/// by periods between letters ("Node.js"). A period after a listed abbreviation or an initialism stays with
/// it ("U.S.", "Oct.", "Dr."), also at the end of a sentence; an initial keeps its period only inside a
/// sentence ("John F. Kennedy", but "Plan B" "." at the end); "No." and "Fig." only before a number ("No. 10",
/// but "No" "." in '"No." he said'). Any other period is its own token.</item>
/// <item><c>Number</c>: digits with decimals and thousands separators ("14.5", "3,000"), clock times
/// ("10:30"), ISO dates ("2025-11-18"), ordinals and decades ("24th", "1990s"). "14.5%" is "14.5" "%";
/// "$3.2" is "$" "3.2"; a range "24-26" is "24" "-" "26" (see <see cref="TokenOptions.SplitNumberRanges"/>).</item>
/// <item><c>Punctuation</c>: one mark each, except that "...", "--" and "?!" runs and "…" are one token.
/// <c>Symbol</c>: currency and other symbols, "%", emoji (a whole emoji sequence is one token), control and
/// format characters, lone surrogates.</item>
/// </list>
/// Not handled: words in scripts written without spaces (Chinese, Thai) are not segmented, a run of them is one
/// token; European decimal commas ("14,5") are split. Immutable and thread-safe; checks cancellation once per sentence.
/// </summary>
public sealed class TokenAnnotator : IAnnotator
{
    public TokenAnnotator(TokenOptions? options = null)
    {
        options ??= TokenOptions.Default;
        if (options.Abbreviations is null)
        {
            throw new ArgumentException("TokenOptions.Abbreviations must not be null; use Abbreviations.Default.", nameof(options));
        }

        Options = options;
    }

    public TokenOptions Options { get; }

    public string Name => "tokens";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Sentences];

    public LayerKey Produces => Layers.Tokens;

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Has(Layers.Sentences))
        {
            throw new InvalidOperationException(
                $"The '{Name}' annotator requires the '{Layers.Sentences.Name}' layer on document '{document.Id}'; run {nameof(SentenceAnnotator)} first.");
        }

        var text = document.Text;
        var tokens = new List<Token>(Math.Max(16, text.Length / 5));
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            cancellationToken.ThrowIfCancellationRequested();
            new TokenScanner(text, sentence.Start, sentence.End, Options).ScanInto(tokens);
        }

        return document.With(Layers.Tokens, tokens);
    }
}
