using System.Buffers;
using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Pipeline;

namespace Provenance.Segmentation;

/// <summary>
/// Splits each block into sentences. Sentences never cross a block boundary, never start or end with
/// whitespace, and together cover every non-whitespace character of every block.
/// <para>
/// Requires <see cref="Layers.Blocks"/>; adds <see cref="Layers.Sentences"/>. Configured with
/// <see cref="SentenceOptions"/> (the abbreviation list). A sentence may end at ".", "!", "?", "…", "..."
/// (and their full-width forms), followed by closing quotes and brackets, an endnote marker ("like.1",
/// "said.[3]") and whitespace. Where it ends:
/// </para>
/// <list type="bullet">
/// <item>a closing quote or bracket after the stop belongs to the sentence it closes ('the war." He said' ends
/// after the quote), so a quotation of several sentences is split inside and its closing quote goes with
/// the last one;</item>
/// <item>"?" and "!" end a sentence unless a lower-case word follows ('"Why now?" she asked') or a quote
/// closes and one to three capitalised words and a speech verb follow ('"Why now?" Witkoff asked');</item>
/// <item>an ellipsis ends a sentence only before a capital letter;</item>
/// <item>a period after a listed abbreviation, an initialism ("U.S.") or an initial ("F.") ends a sentence only
/// before a clear sentence starter ("The", "He", "But", ...): "the U.S. The talks" splits, "the U.S. Congress"
/// and "John F. Kennedy" do not; after a title ("Dr.", "Sen.") it never does; after "No." or "Fig." it does
/// unless a number follows;</item>
/// <item>a period never ends a sentence before a lower-case word, inside a number ("14.5%"), or after a list
/// number that opens a sentence or follows a colon or semicolon ("1. First", "three steps: 1. Talk; 2. Sign");</item>
/// <item>a stretch with no letter or digit yet ("... And so") is not a sentence of its own;</item>
/// <item>a colon or semicolon never ends a sentence; a headline without a stop is one sentence.</item>
/// </list>
/// Not handled: "U.S." ending a sentence before a name ("sanctioned by the U.S. Putin said") stays one
/// sentence; sentences in scripts without spaces after stops (Chinese, Japanese) are not split; a lower-case
/// sentence start ("ok. then") is not split. Immutable and thread-safe; checks cancellation once per block.
/// </summary>
public sealed class SentenceAnnotator : IAnnotator
{
    private const int MaxCueLookaheadWords = 3;
    private const int MaxLookaheadWordLength = 40;

    private static readonly SearchValues<char> Terminators =
        SearchValues.Create(".!?\u2026\u203C\u2047\u2048\u2049\u3002\uFF01\uFF1F\uFF0E");

    private readonly Abbreviations _abbreviations;

    public SentenceAnnotator(SentenceOptions? options = null)
    {
        options ??= SentenceOptions.Default;
        _abbreviations = options.Abbreviations
            ?? throw new ArgumentException("SentenceOptions.Abbreviations must not be null; use Abbreviations.Default.", nameof(options));
        Options = options;
    }

    public SentenceOptions Options { get; }

    public string Name => "sentences";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Blocks];

    public LayerKey Produces => Layers.Sentences;

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Has(Layers.Blocks))
        {
            throw new InvalidOperationException(
                $"The '{Name}' annotator requires the '{Layers.Blocks.Name}' layer on document '{document.Id}'; run {nameof(BlockAnnotator)} first.");
        }

        var text = document.Text;
        var sentences = new List<Sentence>(Math.Max(4, text.Length / 120));
        foreach (var block in document.Get(Layers.Blocks))
        {
            cancellationToken.ThrowIfCancellationRequested();
            SplitBlock(text, block.Start, block.End, sentences);
        }

        return document.With(Layers.Sentences, sentences);
    }

    /// <summary>Adds the sentences of the block [<paramref name="blockStart"/>, <paramref name="blockEnd"/>) to <paramref name="output"/>.</summary>
    private void SplitBlock(string text, int blockStart, int blockEnd, List<Sentence> output)
    {
        // Blocks are trimmed, but a caller may hand us any layer: trim again so every sentence is.
        while (blockStart < blockEnd && TextChars.IsSpace(text[blockStart]))
        {
            blockStart++;
        }

        while (blockEnd > blockStart && TextChars.IsSpace(text[blockEnd - 1]))
        {
            blockEnd--;
        }

        if (blockEnd <= blockStart)
        {
            return;
        }

        var sentenceStart = blockStart;
        var alnumScan = new AlnumScan(sentenceStart);
        var position = blockStart;
        while (position < blockEnd)
        {
            var relative = text.AsSpan(position, blockEnd - position).IndexOfAny(Terminators);
            if (relative < 0)
            {
                break;
            }

            var stop = position + relative;
            var stopEnd = stop;
            while (stopEnd < blockEnd && TextChars.IsTerminator(text[stopEnd]))
            {
                stopEnd++;
            }

            var closersEnd = SkipClosers(text, stopEnd, blockEnd);
            var end = SkipEndnoteMarker(text, stop, closersEnd, blockEnd);
            position = end;
            if (end >= blockEnd || !TextChars.IsSpace(text[end]))
            {
                // Only a stop followed by whitespace ends a sentence: "14.5", "U.S.-led", "example.com".
                continue;
            }

            var next = end;
            while (TextChars.IsSpace(text[next]))
            {
                next++; // The block is trimmed, so a non-space character follows.
            }

            if (alnumScan.HasLetterOrDigit(text, sentenceStart, stop)
                && EndsSentence(text, blockStart, sentenceStart, stop, stopEnd, closersEnd, next, blockEnd))
            {
                output.Add(new Sentence(sentenceStart, end));
                sentenceStart = next;
                alnumScan = new AlnumScan(sentenceStart);
            }

            position = next;
        }

        output.Add(new Sentence(sentenceStart, blockEnd));
    }

    /// <summary>
    /// Decides whether the stop [<paramref name="stop"/>, <paramref name="stopEnd"/>) (with closers up to
    /// <paramref name="closersEnd"/>) ends the sentence, given the next non-space character at <paramref name="next"/>.
    /// </summary>
    private bool EndsSentence(string text, int blockStart, int sentenceStart, int stop, int stopEnd, int closersEnd, int next, int blockEnd)
    {
        var word = SkipOpeners(text, next, blockEnd);
        if (TextChars.IsLowerAt(text, word, blockEnd))
        {
            return false;
        }

        var hasQuestionOrExclamation = false;
        var periods = 0;
        var hasEllipsisChar = false;
        for (var i = stop; i < stopEnd; i++)
        {
            switch (text[i])
            {
                case '.' or '\uFF0E' or '\u3002':
                    periods++;
                    break;
                case '\u2026':
                    hasEllipsisChar = true;
                    break;
                default:
                    hasQuestionOrExclamation = true;
                    break;
            }
        }

        if (hasQuestionOrExclamation)
        {
            var quoteClosed = false;
            for (var i = stopEnd; i < closersEnd; i++)
            {
                quoteClosed |= text[i] is not (')' or ']' or '}');
            }

            return !(quoteClosed && IsNameThenSpeechVerb(text, word, blockEnd));
        }

        if (hasEllipsisChar || periods > 1)
        {
            return TextChars.IsUpperAt(text, word, blockEnd);
        }

        // A single period: look at the word it follows.
        var wordStart = stop;
        while (wordStart > sentenceStart && stop - wordStart < Abbreviations.MaxLength
               && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var before = text.AsSpan(wordStart, stop + 1 - wordStart);
        if (IsListNumber(before) && (wordStart == sentenceStart || IsAfterListSeparator(text, blockStart, wordStart)))
        {
            return false;
        }

        if (_abbreviations.TryClassify(before, out var kind)
            && (wordStart == sentenceStart || !char.IsLetterOrDigit(text[wordStart - 1])))
        {
            return kind switch
            {
                AbbreviationKind.NeverEndsSentence => false,
                AbbreviationKind.BeforeNumber => !char.IsDigit(text[next]),
                _ => IsStarter(text, word, blockEnd),
            };
        }

        return true;
    }

    /// <summary>"1." to "999.": a list number when it opens a sentence or follows a colon or semicolon.</summary>
    private static bool IsListNumber(ReadOnlySpan<char> wordWithPeriod)
    {
        var digits = wordWithPeriod[..^1];
        return digits.Length is >= 1 and <= 3 && !digits.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>Whether the last non-space character before <paramref name="position"/> is ":" or ";" ("consequences: 1. Regional ...; 2. The ...").</summary>
    private static bool IsAfterListSeparator(string text, int blockStart, int position)
    {
        var i = position - 1;
        while (i >= blockStart && TextChars.IsSpace(text[i]))
        {
            i--;
        }

        return i >= blockStart && text[i] is ':' or ';';
    }

    private static bool IsStarter(string text, int word, int blockEnd)
    {
        var end = word;
        while (end < blockEnd && end - word < MaxLookaheadWordLength && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return end > word && SentenceCueWords.IsStarter(text.AsSpan(word, end - word));
    }

    /// <summary>'Witkoff asked', 'Sen. Jane Doe said': one to three capitalised words, then a speech verb.</summary>
    private static bool IsNameThenSpeechVerb(string text, int word, int blockEnd)
    {
        for (var count = 0; count <= MaxCueLookaheadWords && word < blockEnd; count++)
        {
            var end = word;
            while (end < blockEnd && end - word < MaxLookaheadWordLength
                   && (char.IsLetter(text[end]) || text[end] is '.' or '-' || TextChars.IsApostrophe(text[end])))
            {
                end++;
            }

            if (end == word)
            {
                return false;
            }

            if (count > 0 && SentenceCueWords.IsSpeechVerb(text.AsSpan(word, end - word).TrimEnd('.')))
            {
                return true;
            }

            if (!char.IsUpper(text[word]))
            {
                return false;
            }

            word = end;
            while (word < blockEnd && text[word] is ' ' or '\u00A0')
            {
                word++;
            }
        }

        return false;
    }

    /// <summary>Closing quotes and brackets after a stop; a straight quote or ’ counts only before a space or another closer.</summary>
    private static int SkipClosers(string text, int position, int blockEnd)
    {
        while (position < blockEnd)
        {
            var c = text[position];
            if (TextChars.IsUnambiguousCloser(c))
            {
                position++;
            }
            else if (TextChars.IsAmbiguousQuote(c)
                     && (position + 1 >= blockEnd
                         || TextChars.IsSpace(text[position + 1])
                         || TextChars.IsUnambiguousCloser(text[position + 1])
                         || TextChars.IsAmbiguousQuote(text[position + 1])))
            {
                position++;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    /// <summary>
    /// An endnote marker glued to the stop of a sentence that ends in a word: "look like.1", "said.”[3]", "war.²".
    /// Returns the position after it, or <paramref name="position"/> when there is none.
    /// </summary>
    private static int SkipEndnoteMarker(string text, int stop, int position, int blockEnd)
    {
        if (position >= blockEnd || stop == 0 || !char.IsLetter(text[stop - 1]))
        {
            return position;
        }

        var i = position;
        var bracket = text[i] == '[';
        if (bracket)
        {
            i++;
        }

        var digitsStart = i;
        while (i < blockEnd && i - digitsStart < 3 && (char.IsAsciiDigit(text[i]) || text[i] is '\u00B9' or '\u00B2' or '\u00B3' || text[i] is >= '\u2070' and <= '\u2079'))
        {
            i++;
        }

        if (i == digitsStart)
        {
            return position;
        }

        if (bracket)
        {
            if (i >= blockEnd || text[i] != ']')
            {
                return position;
            }

            i++;
        }

        return i >= blockEnd || TextChars.IsSpace(text[i]) ? i : position;
    }

    private static int SkipOpeners(string text, int position, int blockEnd)
    {
        while (position < blockEnd && TextChars.IsOpener(text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>
    /// Remembers how far a sentence has been searched for a letter or digit, so that each character is
    /// looked at once however many stops the sentence has.
    /// </summary>
    private struct AlnumScan(int start)
    {
        private int _scannedTo = start;
        private bool _found;

        public bool HasLetterOrDigit(string text, int sentenceStart, int end)
        {
            _scannedTo = Math.Max(_scannedTo, sentenceStart);
            while (!_found && _scannedTo < end)
            {
                _found = char.IsLetterOrDigit(text[_scannedTo]);
                _scannedTo++;
            }

            return _found;
        }
    }
}
