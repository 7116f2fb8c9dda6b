using System.Globalization;
using System.Text;

namespace Provenance.Eval.Text;

/// <summary>
/// The few Python <c>str</c> and <c>re</c> behaviours the reference scorer relies on, in C#: <c>lower()</c> and
/// <c>upper()</c> with Python's full case mappings, <c>strip()</c>'s notion of whitespace, and what <c>\w</c>
/// matches in a <c>str</c> pattern (letters, numbers and <c>_</c>; combining marks are not word characters).
/// Case mappings come from <see cref="UnicodeTables"/> (Python's own Unicode data), because .NET's invariant
/// casing follows another Unicode version and leaves out mappings such as ı → I.
/// </summary>
internal static class PythonText
{
    /// <summary>Python's <c>str.isspace()</c>: also the information separators U+001C–U+001F, unlike <see cref="char.IsWhiteSpace(char)"/>.</summary>
    public static bool IsSpace(char c) => c switch
    {
        >= '\t' and <= '\r' => true,
        >= '\u001C' and <= ' ' => true,
        '\u0085' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };

    /// <summary>What <c>\w</c> matches in a Python <c>str</c> pattern: categories L* and N*, and the underscore.</summary>
    public static bool IsWordCharacter(Rune rune)
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
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    /// <summary>Python's <c>s.strip()</c> with no argument.</summary>
    public static string Strip(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return start == 0 && end == text.Length ? text : text[start..end];
    }

    /// <summary>
    /// Python's <c>str.lower()</c>: U+0130 becomes <c>i</c> plus a combining dot, and a capital sigma at the end of
    /// a word becomes the final form ς.
    /// </summary>
    public static string Lower(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var tables = UnicodeTables.Instance;
        var builder = new StringBuilder(text.Length);
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == 0x03A3)
            {
                builder.Append(IsFinalSigma(text, index) ? 'ς' : 'σ');
            }
            else if (tables.LowerSpecial.TryGetValue(rune.Value, out var mapped))
            {
                AppendAll(builder, mapped);
            }
            else
            {
                AppendRune(builder, MapSimple(rune, tables.LowerSimple, toLower: true));
            }

            index += rune.Utf16SequenceLength;
        }

        return builder.ToString();
    }

    /// <summary>Python's <c>str.upper()</c>, including mappings to several letters (ß → SS, ﬁ → FI).</summary>
    public static string Upper(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text.ToUpperInvariant();
        }

        var tables = UnicodeTables.Instance;
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (tables.UpperSpecial.TryGetValue(rune.Value, out var mapped))
            {
                AppendAll(builder, mapped);
            }
            else
            {
                AppendRune(builder, MapSimple(rune, tables.UpperSimple, toLower: false));
            }
        }

        return builder.ToString();
    }

    // Python's Final_Sigma test: a cased letter before (skipping case-ignorable characters) and none after.
    private static bool IsFinalSigma(string text, int index)
    {
        var before = index;
        Rune previous = default;
        var foundBefore = false;
        while (before > 0 && Rune.DecodeLastFromUtf16(text.AsSpan(0, before), out previous, out var length) == System.Buffers.OperationStatus.Done)
        {
            before -= length;
            if (!IsCaseIgnorable(previous))
            {
                foundBefore = true;
                break;
            }
        }

        if (!foundBefore || !IsCased(previous))
        {
            return false;
        }

        var after = index + 1;
        while (after < text.Length && Rune.DecodeFromUtf16(text.AsSpan(after), out var next, out var length) == System.Buffers.OperationStatus.Done)
        {
            if (!IsCaseIgnorable(next))
            {
                return !IsCased(next);
            }

            after += length;
        }

        return true;
    }

    // Approximates Unicode's Cased property by its letter categories; the other cased characters (ª, ⓐ, Ⅻ)
    // do not survive the NFKC step that precedes lower() in score.py's norm().
    private static bool IsCased(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(Rune rune)
    {
        switch (rune.Value)
        {
            // Word_Break MidLetter, MidNumLet and Single_Quote.
            case '\'' or '.' or ':' or 0x00B7 or 0x0387 or 0x055F or 0x05F4 or 0x2018 or 0x2019 or 0x2024
                or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A:
                return true;
        }

        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
    }

    // The tables hold non-ASCII mappings only; ASCII letters map as everywhere.
    private static Rune MapSimple(Rune rune, System.Collections.Frozen.FrozenDictionary<int, int> table, bool toLower) =>
        rune.IsAscii ? (toLower ? Rune.ToLowerInvariant(rune) : Rune.ToUpperInvariant(rune))
        : table.TryGetValue(rune.Value, out var mapped) ? new Rune(mapped) : rune;

    private static void AppendAll(StringBuilder builder, int[] codePoints)
    {
        foreach (var cp in codePoints)
        {
            AppendRune(builder, new Rune(cp));
        }
    }

    public static void AppendRune(StringBuilder builder, Rune rune)
    {
        if (rune.IsBmp)
        {
            builder.Append((char)rune.Value);
            return;
        }

        Span<char> pair = stackalloc char[2];
        rune.EncodeToUtf16(pair);
        builder.Append(pair);
    }
}
