using System.Text;

namespace Provenance.Entities;

/// <summary>
/// Normalised views of a token's text used by the features: the lower-cased form with digits folded to 0
/// and typographic quotes folded to ASCII, and word shapes ("Xxxx", "XX", "dd", "X.X.").
/// </summary>
internal static class WordForms
{
    /// <summary>Lower case, digits as '0', curly quotes and apostrophes as straight ones.</summary>
    public static string Normalize(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            builder.Append(Fold(c) switch
            {
                var d when char.IsDigit(d) => '0',
                var d => char.ToLowerInvariant(d),
            });
        }

        return builder.ToString();
    }

    /// <summary>The token with typographic quotes folded, case kept (for the cased word feature).</summary>
    public static string FoldQuotes(string word)
    {
        if (!word.AsSpan().ContainsAny("\u2018\u2019\u201C\u201D\u00AB\u00BB\u2013\u2014"))
        {
            return word;
        }

        var chars = word.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Fold(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>Long shape: X for upper, x for lower, d for digit, other characters kept; capped at 12 characters.</summary>
    public static string LongShape(string word)
    {
        var builder = new StringBuilder(Math.Min(word.Length, 12));
        foreach (var c in word)
        {
            if (builder.Length == 12)
            {
                break;
            }

            builder.Append(ShapeChar(c));
        }

        return builder.ToString();
    }

    /// <summary>Short shape: the long shape with runs of one character class collapsed ("Xxxx" → "Xx", "X.X." stays).</summary>
    public static string ShortShape(string word)
    {
        var builder = new StringBuilder(8);
        var last = '\0';
        foreach (var c in word)
        {
            var s = ShapeChar(c);
            if (s != last)
            {
                builder.Append(s);
                last = s;
            }
        }

        return builder.ToString();
    }

    public static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>All letters upper case and at least one letter.</summary>
    public static bool IsAllCaps(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 0;
    }

    public static bool HasLetter(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static char ShapeChar(char c) => Fold(c) switch
    {
        var d when char.IsUpper(d) => 'X',
        var d when char.IsLower(d) => 'x',
        var d when char.IsLetter(d) => 'x',
        var d when char.IsDigit(d) => 'd',
        var d => d,
    };

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' => '\'',
        '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
        '\u2013' or '\u2014' => '-',
        _ => c,
    };
}
