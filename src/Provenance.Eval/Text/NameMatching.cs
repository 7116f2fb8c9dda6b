using System.Text;
using System.Text.RegularExpressions;

namespace Provenance.Eval.Text;

/// <summary>
/// How the reference scorer (<c>shared/gold/score.py</c>) compares names, descriptors and outlets, reproduced
/// step by step: <see cref="Normalize"/> is its <c>norm()</c> and <see cref="SameName"/> its <c>same_name()</c>.
/// Python's Unicode behaviour (NFKC, <c>str.lower()</c>, <c>\w</c>) comes from <see cref="PythonText"/>, which
/// uses the platform's Unicode support and lists the rare cases where it differs from Python.
/// </summary>
public static partial class NameMatching
{
    /// <summary>
    /// score.py's <c>norm()</c>: NFKC, lower case, curly quotes folded, one leading article ("the", "a", "an")
    /// and a trailing <c>'s</c> dropped, every run of non-word characters made one space. <c>null</c> gives "".
    /// </summary>
    public static string Normalize(string? value)
    {
        var s = PythonText.Lower(PythonText.Nfkc(value ?? ""));
        s = s.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');
        s = LeadingArticle().Replace(PythonText.Strip(s), "", 1);
        if (s.EndsWith("'s", StringComparison.Ordinal))
        {
            s = s[..^2];
        }

        return CollapseNonWord(s);
    }

    /// <summary>
    /// score.py's <c>same_name()</c>: equal after <see cref="Normalize"/>, or one name's words are a whole-word
    /// prefix or suffix of the other's ("Putin" and "Vladimir Putin"; "Vladimir" and "Vladimir Putin").
    /// Two empty names are the same; an empty and a non-empty one are not.
    /// </summary>
    public static bool SameName(string? a, string? b)
    {
        var na = Normalize(a);
        var nb = Normalize(b);
        if (na.Length == 0 && nb.Length == 0)
        {
            return true;
        }

        if (na.Length == 0 || nb.Length == 0)
        {
            return false;
        }

        if (na == nb)
        {
            return true;
        }

        var ta = na.Split(' ');
        var tb = nb.Split(' ');
        return (ta.Length < tb.Length && IsPrefixOrSuffix(ta, tb)) || (tb.Length < ta.Length && IsPrefixOrSuffix(tb, ta));
    }

    /// <summary>
    /// score.py's anonymous-speaker rule: the descriptors are equal after <see cref="Normalize"/>, or one
    /// contains the other as a substring ("a senior U.S. official" and "U.S. official").
    /// </summary>
    public static bool SameDescriptor(string? a, string? b)
    {
        var na = Normalize(a);
        var nb = Normalize(b);
        return na == nb
            || (na.Length > 0 && nb.Contains(na, StringComparison.Ordinal))
            || (nb.Length > 0 && na.Contains(nb, StringComparison.Ordinal));
    }

    private static bool IsPrefixOrSuffix(string[] shorter, string[] longer) =>
        longer.AsSpan(longer.Length - shorter.Length).SequenceEqual(shorter) || longer.AsSpan(0, shorter.Length).SequenceEqual(shorter);

    // re.sub(r"^(the|a|an)\s+", "", s): the article must be followed by whitespace, all of which goes with it.
    // Python's \s also takes the separators U+001C-U+001F, which .NET's does not.
    [GeneratedRegex(@"^(?:the|a|an)[\s\x1C-\x1F]+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticle();

    // re.sub(r"[^\w]+", " ", s).strip(): words joined by single spaces.
    private static string CollapseNonWord(string s)
    {
        var builder = new StringBuilder(s.Length);
        var pendingSpace = false;
        var index = 0;
        foreach (var rune in s.EnumerateRunes())
        {
            if (PythonText.IsWordCharacter(rune))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(s, index, rune.Utf16SequenceLength);
            }
            else
            {
                pendingSpace = true;
            }

            index += rune.Utf16SequenceLength;
        }

        return builder.ToString();
    }
}
