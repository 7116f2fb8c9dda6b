namespace Provenance.Entities;

/// <summary>
/// Normalised views of a token's text used by the features: the lower-cased form with digits folded to 0
/// and typographic quotes folded to ASCII, and word shapes ("Xxxx", "XX", "dd", "X.X.").
/// </summary>
internal static class WordForms
{
    /// <summary>Lower case, digits as '0', curly quotes and apostrophes as straight ones.</summary>
    public static string Normalize(string word) =>
        word.Length == 0 ? string.Empty : string.Create(word.Length, word, static (span, w) => Normalize(w, span));

    /// <summary><see cref="Normalize(string)"/> written into <paramref name="into"/>, which must hold <c>word.Length</c> characters (no allocation).</summary>
    public static void Normalize(ReadOnlySpan<char> word, Span<char> into)
    {
        for (var i = 0; i < word.Length; i++)
        {
            into[i] = NormalizeChar(word[i]);
        }
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
        Span<char> shape = stackalloc char[LongShapeMax];
        return new string(shape[..LongShape(word, shape)]);
    }

    /// <summary>The most characters of a long shape.</summary>
    public const int LongShapeMax = 12;

    /// <summary><see cref="LongShape(string)"/> written into <paramref name="into"/> (at least <see cref="LongShapeMax"/> long); returns its length.</summary>
    public static int LongShape(ReadOnlySpan<char> word, Span<char> into)
    {
        var length = Math.Min(word.Length, LongShapeMax);
        for (var i = 0; i < length; i++)
        {
            into[i] = ShapeChar(word[i]);
        }

        return length;
    }

    /// <summary>Short shape: the long shape with runs of one character class collapsed ("Xxxx" → "Xx", "X.X." stays).</summary>
    public static string ShortShape(string word)
    {
        // A short shape is never longer than the word; long tokens are rare, so they may rent from the heap.
        var shape = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        var last = '\0';
        foreach (var c in word)
        {
            var s = ShapeChar(c);
            if (s != last)
            {
                shape[length++] = s;
                last = s;
            }
        }

        return new string(shape[..length]);
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

    private static char NormalizeChar(char c) => Fold(c) switch
    {
        var d when char.IsDigit(d) => '0',
        var d => char.ToLowerInvariant(d),
    };

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
