using System.Text.RegularExpressions;
using Provenance.Core.Annotations;

namespace Provenance.Citations;

/// <summary>
/// Numbered endnote markers: "[1]" glued to the text, a number glued to a word's closing punctuation
/// ("look like.1 “Without", "in the past week.2" at a line end) and superscript digits ("growth.²"). The span
/// is the number alone. The note's outlet is taken from the marked sentence when it names one as the author
/// of a piece ("the latest Financial Times column") — the note itself is usually not in the excerpt — and the
/// date stays null. Not markers: "[1]" opening a line (that is the note, not the marker), numbers after a
/// digit or a lone letter ("p.2", "3.1"), and numbers followed by more text in lower case ("v.2 beta").
/// </summary>
internal static partial class EndnoteMarkerRule
{
    public const string Name = "endnote";

    public static IEnumerable<Citation> Find(CitationContext context, CancellationToken cancellationToken)
    {
        var text = context.Text;
        foreach (var regex in new[] { Bracketed(), GluedToPunctuation(), Superscript() })
        {
            foreach (Match match in regex.Matches(text))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var number = match.Groups["n"];
                if (regex == Bracketed() && IsLineStart(text, match.Index))
                {
                    continue;
                }

                yield return new Citation(number.Index, number.Index + number.Length, CitationKind.Endnote,
                    OutletOfSentence(context, match.Index), null, Rule: Name);
            }
        }
    }

    private static bool IsLineStart(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (text[i] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The outlet a sentence names as the author of a piece ("… in his latest Financial Times column").</summary>
    private static string? OutletOfSentence(CitationContext context, int markerStart)
    {
        var text = context.Text;
        var lineStart = context.LineStart(markerStart);
        // The marker follows the sentence's closing stop, so the sentence is what precedes it up to the stop before.
        var searchFrom = Math.Max(lineStart, markerStart - 2);
        var sentenceStart = lineStart;
        for (var i = searchFrom; i > lineStart; i--)
        {
            if (text[i] is '.' or '?' or '!' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && i < markerStart - 1)
            {
                sentenceStart = i + 1;
                break;
            }
        }

        var sentence = text[sentenceStart..markerStart];
        var piece = PieceByOutlet().Matches(sentence);
        return piece.Count == 0 ? null : piece[^1].Groups["outlet"].Value;
    }

    [GeneratedRegex(@"(?<=\S)\[(?<n>\d{1,3})\]|^\s*\[(?<n>\d{1,3})\]", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"(?<=\p{L}{2}[.,;:!?”""’)])(?<n>\d{1,3})(?=[ \t]*(?:\r?\n|$|[ \t]+[\p{Lu}“""‘]))", RegexOptions.CultureInvariant)]
    private static partial Regex GluedToPunctuation();

    [GeneratedRegex(@"(?<=[\p{L}.,;:!?”""’)])(?<n>[¹²³⁴⁵⁶⁷⁸⁹⁰]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Superscript();

    [GeneratedRegex(@"(?<outlet>(?:The\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,3}\p{Lu}[\p{L}.&'’-]*)\s+(?:column|op-ed|article|editorial|piece|interview|podcast|newsletter|story)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PieceByOutlet();
}
