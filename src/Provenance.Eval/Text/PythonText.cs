using System.Globalization;
using System.Text;

namespace Provenance.Eval.Text;

/// <summary>
/// The few Python <c>str</c> and <c>re</c> behaviours that score.py's <c>norm()</c> relies on, built on .NET's own
/// Unicode support (ICU): <c>unicodedata.normalize("NFKC")</c>, <c>str.lower()</c>, <c>str.strip()</c>'s whitespace
/// and what <c>\w</c> matches in a <c>str</c> pattern.
/// </summary>
/// <remarks>
/// Known differences from Python, none of which we expect to matter for news text:
/// <list type="bullet">
/// <item><c>lower()</c> does not give a capital sigma its final form: Python turns "ΟΔΥΣΣΕΑΣ" into "οδυσσεας",
/// we into "οδυσσεασ", so an all-capitals Greek name does not match its mixed-case spelling.</item>
/// <item>The platform's Unicode version is not Python's, so characters added or recategorised in between may be
/// treated differently.</item>
/// </list>
/// </remarks>
internal static class PythonText
{
    /// <summary>
    /// <c>unicodedata.normalize("NFKC", text)</c>: ligatures split ("ﬁ" → "fi"), full-width and styled letters made
    /// plain ("ＮＡＴＯ" → "NATO"), letters and combining marks composed.
    /// </summary>
    public static string Nfkc(string text) => ReplaceLoneSurrogates(text).Normalize(NormalizationForm.FormKC);

    /// <summary>
    /// Python's <c>str.lower()</c>, final sigma aside. .NET's invariant lower case leaves "İ" (U+0130) as it is;
    /// Python, following Unicode's full mapping, makes it "i" plus a combining dot above (U+0307), and we do too.
    /// </summary>
    public static string Lower(string text) => text.Replace("\u0130", "i\u0307", StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>Python's <c>str.isspace()</c>: also the information separators U+001C–U+001F, unlike <see cref="char.IsWhiteSpace(char)"/>.</summary>
    public static bool IsSpace(char c) => c is >= '\u001C' and <= '\u001F' || char.IsWhiteSpace(c);

    /// <summary>
    /// What <c>\w</c> matches in a Python <c>str</c> pattern: <c>str.isalnum()</c> (categories L* and N*) or "_".
    /// Unlike .NET's <c>\w</c>, combining marks and connector punctuation other than "_" are not word characters,
    /// so score.py splits "हिन्दी" at its vowel signs, and so do we.
    /// </summary>
    public static bool IsWordCharacter(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

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

        return text[start..end];
    }

    // string.Normalize throws on a lone surrogate, which Python keeps. Either way norm() then turns it into a
    // space like any non-word character, so U+FFFD (also not a word character) in its place gives the same result.
    private static string ReplaceLoneSurrogates(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.ToString()); // EnumerateRunes yields U+FFFD for a lone surrogate
        }

        return builder.ToString();
    }
}
