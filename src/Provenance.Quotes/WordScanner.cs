using System.Text.RegularExpressions;

namespace Provenance.Quotes;

/// <summary>
/// Splits text into words and single punctuation marks for the quote rules. Initialisms ("U.S.") and
/// hyphenated or apostrophised words ("Bretton-Gordon", "Ukraine’s") stay whole. The quote rules need no
/// more than this, so they do not depend on the token layer's choices.
/// </summary>
internal static partial class WordScanner
{
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’]\p{L}[\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,:]\p{N}+)*%?|\S", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    public static TextWord[] Scan(string text)
    {
        var words = new List<TextWord>(text.Length / 5);
        foreach (var match in WordPattern().EnumerateMatches(text))
        {
            words.Add(new TextWord(match.Index, match.Index + match.Length));
        }

        return [.. words];
    }

    /// <summary>Index of the first word starting at or after <paramref name="position"/>.</summary>
    public static int FirstAtOrAfter(TextWord[] words, int position)
    {
        int low = 0, high = words.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (words[mid].Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
