using System.Globalization;
using System.Text;

namespace Provenance.Segmentation;

/// <summary>
/// Character classes the segmenters share. Everything works on UTF-16 indices and never splits a
/// surrogate pair: a lone surrogate is read as U+FFFD (a symbol), a valid pair as its code point.
/// </summary>
internal static class TextChars
{
    /// <summary>Whitespace as <see cref="char.IsWhiteSpace(char)"/> defines it (incl. no-break space, U+2028).</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c);

    /// <summary>Hyphens that join the parts of a compound word ("so-called"); en and em dashes do not.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Apostrophes: straight, right single quotation mark (typographic apostrophe), modifier letter.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Characters that may end a sentence.</summary>
    public static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049'
        or '\u3002' or '\uFF01' or '\uFF1F' or '\uFF0E';

    /// <summary>Quotes and brackets that open a sentence or quotation.</summary>
    public static bool IsOpener(char c) => c is '"' or '\'' or '\u201C' or '\u2018' or '\u201E' or '\u201A' or '\u00AB' or '\u2039'
        or '(' or '[' or '{' or '\u300C' or '\u300E';

    /// <summary>Closing quotes and brackets that can only close.</summary>
    public static bool IsUnambiguousCloser(char c) => c is '\u201D' or '\u00BB' or '\u203A' or ')' or ']' or '}' or '\u300D' or '\u300F';

    /// <summary>Quotes that open or close depending on where they stand (and ’ is also an apostrophe).</summary>
    public static bool IsAmbiguousQuote(char c) => c is '"' or '\'' or '\u2019';

    /// <summary>Reads the code point at <paramref name="index"/>; a lone surrogate reads as U+FFFD with length 1.</summary>
    public static Rune RuneAt(string text, int index, int end, out int length)
    {
        var c = text[index];
        if (!char.IsSurrogate(c))
        {
            length = 1;
            return new Rune(c);
        }

        if (char.IsHighSurrogate(c) && index + 1 < end && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return new Rune(c, text[index + 1]);
        }

        length = 1;
        return Rune.ReplacementChar;
    }

    /// <summary>Letters, combining marks, decimal digits, letter numbers and the underscore: what words are made of.</summary>
    public static bool IsWordRune(Rune rune)
    {
        if (rune.IsAscii)
        {
            var c = (char)rune.Value;
            return char.IsAsciiLetterOrDigit(c) || c == '_';
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber
                or UnicodeCategory.ConnectorPunctuation => true,
            _ => false,
        };
    }

    public static bool IsWordCharAt(string text, int index, int end) =>
        index < end && IsWordRune(RuneAt(text, index, end, out _));

    public static bool IsLetterAt(string text, int index, int end) =>
        index < end && Rune.IsLetter(RuneAt(text, index, end, out _));

    public static bool IsUpperAt(string text, int index, int end)
    {
        if (index >= end)
        {
            return false;
        }

        var rune = RuneAt(text, index, end, out _);
        return Rune.IsUpper(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.TitlecaseLetter;
    }

    public static bool IsLowerAt(string text, int index, int end) =>
        index < end && Rune.IsLower(RuneAt(text, index, end, out _));

    /// <summary>Format characters (soft hyphen, zero-width joiner, ...) that stay inside a word when letters follow.</summary>
    public static bool IsFormat(Rune rune) => !rune.IsAscii && Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format;

    /// <summary>
    /// Length of the user-perceived character (grapheme cluster) at <paramref name="index"/>, so that an emoji
    /// with modifiers or a letter with combining marks stays whole; cut before any whitespace.
    /// </summary>
    public static int GraphemeLength(string text, int index, int end)
    {
        // Fast path: an ASCII character followed by ASCII (or nothing) is a cluster of one.
        if (text[index] < 0x80 && (index + 1 >= end || text[index + 1] < 0x80))
        {
            return 1;
        }

        var length = StringInfo.GetNextTextElementLength(text.AsSpan(index, end - index));
        if (length < 1)
        {
            return 1;
        }

        // A cluster may in rare cases (prepended marks) run into a following space; tokens never hold one.
        for (var i = 1; i < length; i++)
        {
            if (IsSpace(text[index + i]))
            {
                return i;
            }
        }

        return length;
    }
}
