using System.Text;

namespace Provenance.Eval.Text;

/// <summary>
/// Unicode normalisation form KC (UAX #15), done in managed code because the project runs with
/// InvariantGlobalization, where <see cref="string.Normalize(NormalizationForm)"/> returns its input unchanged.
/// The data comes from <see cref="UnicodeTables"/> (Python's Unicode database), so the result equals Python's
/// <c>unicodedata.normalize("NFKC", s)</c>. Lone surrogates are kept as they are.
/// </summary>
internal static class Nfkc
{
    private const int HangulSBase = 0xAC00, HangulLBase = 0x1100, HangulVBase = 0x1161, HangulTBase = 0x11A7;
    private const int HangulLCount = 19, HangulVCount = 21, HangulTCount = 28;
    private const int HangulNCount = HangulVCount * HangulTCount, HangulSCount = HangulLCount * HangulNCount;

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Every code point below U+00A0 is its own NFKC form and never combines with what follows it,
        // so text made only of those is already normalised.
        if (!text.AsSpan().ContainsAnyExceptInRange('\0', '\u009F'))
        {
            return text;
        }

        var tables = UnicodeTables.Instance;
        var points = Decompose(text, tables);
        SortCombiningMarks(points, tables);
        Compose(points, tables);

        var builder = new StringBuilder(text.Length);
        foreach (var cp in points)
        {
            AppendCodePoint(builder, cp);
        }

        return builder.ToString();
    }

    private static List<int> Decompose(string text, UnicodeTables tables)
    {
        var points = new List<int>(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            var s = cp - HangulSBase;
            if (s is >= 0 and < HangulSCount)
            {
                points.Add(HangulLBase + (s / HangulNCount));
                points.Add(HangulVBase + (s % HangulNCount / HangulTCount));
                if (s % HangulTCount != 0)
                {
                    points.Add(HangulTBase + (s % HangulTCount));
                }
            }
            else if (tables.Decompositions.TryGetValue(cp, out var mapped))
            {
                points.AddRange(mapped);
            }
            else
            {
                points.Add(cp);
            }
        }

        return points;
    }

    // Canonical ordering: a stable sort of each run of combining marks by combining class.
    private static void SortCombiningMarks(List<int> points, UnicodeTables tables)
    {
        for (var i = 1; i < points.Count; i++)
        {
            var cls = ClassOf(points[i], tables);
            if (cls == 0)
            {
                continue;
            }

            var j = i;
            while (j > 0 && ClassOf(points[j - 1], tables) > cls)
            {
                (points[j - 1], points[j]) = (points[j], points[j - 1]);
                j--;
            }
        }
    }

    // Canonical composition (UAX #15 section 1.3): join each mark to the last starter unless a mark of the
    // same or higher class, or another starter, stands between them.
    private static void Compose(List<int> points, UnicodeTables tables)
    {
        if (points.Count == 0)
        {
            return;
        }

        var starter = 0;
        var lastClass = ClassOf(points[0], tables);
        if (lastClass != 0)
        {
            // A string that opens with a mark has no starter to compose with yet.
            lastClass = 256;
        }

        var write = 1;
        for (var read = 1; read < points.Count; read++)
        {
            var cp = points[read];
            var cls = ClassOf(cp, tables);
            if ((lastClass < cls || lastClass == 0) && TryCompose(points[starter], cp, tables, out var composite))
            {
                points[starter] = composite;
                continue;
            }

            if (cls == 0)
            {
                starter = write;
            }

            lastClass = cls;
            points[write++] = cp;
        }

        points.RemoveRange(write, points.Count - write);
    }

    private static bool TryCompose(int first, int second, UnicodeTables tables, out int composite)
    {
        var l = first - HangulLBase;
        if (l is >= 0 and < HangulLCount)
        {
            var v = second - HangulVBase;
            if (v is >= 0 and < HangulVCount)
            {
                composite = HangulSBase + (((l * HangulVCount) + v) * HangulTCount);
                return true;
            }
        }

        var s = first - HangulSBase;
        if (s is >= 0 and < HangulSCount && s % HangulTCount == 0)
        {
            var t = second - HangulTBase;
            if (t is > 0 and < HangulTCount)
            {
                composite = first + t;
                return true;
            }
        }

        return tables.Compositions.TryGetValue(UnicodeTables.PairKey(first, second), out composite);
    }

    private static int ClassOf(int cp, UnicodeTables tables) =>
        cp < 0x300 ? 0 : tables.CombiningClasses.GetValueOrDefault(cp);

    private static void AppendCodePoint(StringBuilder builder, int cp)
    {
        if (cp < 0x10000)
        {
            builder.Append((char)cp);
        }
        else
        {
            builder.Append(char.ConvertFromUtf32(cp));
        }
    }
}
