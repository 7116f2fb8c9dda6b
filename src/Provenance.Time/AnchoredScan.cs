using System.Text.RegularExpressions;

namespace Provenance.Time;

/// <summary>
/// The matches of a pattern over a text, found only in zones around its anchor's hits (<see cref="TimexAnchor"/>):
/// a match starts at most <c>RunsBefore</c> separator runs before a hit, so no match starts outside the zones;
/// inside a zone the pattern runs on the text cut a little after the zone (<c>RunsExamined</c> runs past the last
/// hit), which the pattern never looks beyond, so it decides every start in the zone as it would on the whole text.
/// Each match found is re-read on the whole text to get its groups; should that ever disagree, the scan falls back
/// to the plain pattern from there, so the result is always the pattern's own.
/// </summary>
internal static class AnchoredScan
{
    public static IEnumerable<Match> Matches(Regex pattern, TimexAnchor anchor, string text)
    {
        var position = 0;
        var nextHit = NextHit(anchor.Pattern, text, 0);
        while (nextHit >= 0)
        {
            // A zone: the starts [zoneStart, zoneEnd] of the hits whose start ranges touch, and how far they look.
            var zoneStart = WalkBack(text, nextHit, anchor.RunsBefore);
            var zoneEnd = nextHit;
            var cut = WalkForward(text, nextHit, anchor.RunsExamined);
            nextHit = NextHit(anchor.Pattern, text, nextHit + 1);
            while (nextHit >= 0 && WalkBack(text, nextHit, anchor.RunsBefore) <= zoneEnd + 1)
            {
                zoneEnd = nextHit;
                cut = WalkForward(text, nextHit, anchor.RunsExamined);
                nextHit = NextHit(anchor.Pattern, text, nextHit + 1);
            }

            var from = Math.Max(position, zoneStart);
            while (from <= zoneEnd)
            {
                var (index, length) = FirstMatch(pattern, text, cut, from);
                if (index < 0 || index > zoneEnd)
                {
                    break;
                }

                var match = pattern.Match(text, index);
                if (!match.Success || match.Index != index || match.Length != length || length == 0)
                {
                    // Not expected with a correct anchor; the plain pattern decides from here.
                    foreach (Match rest in pattern.Matches(text, position))
                    {
                        yield return rest;
                    }

                    yield break;
                }

                yield return match;
                position = index + length;
                from = position;
            }
        }
    }

    private static int NextHit(Regex anchor, string text, int from)
    {
        if (from > text.Length)
        {
            return -1;
        }

        foreach (var hit in anchor.EnumerateMatches(text.AsSpan(), from))
        {
            return hit.Index;
        }

        return -1;
    }

    private static (int Index, int Length) FirstMatch(Regex pattern, string text, int cut, int from)
    {
        foreach (var match in pattern.EnumerateMatches(text.AsSpan(0, cut), from))
        {
            return (match.Index, match.Length);
        }

        return (-1, 0);
    }

    /// <summary>The start of the chunk <paramref name="runs"/> separator runs before the chunk holding <paramref name="position"/>.</summary>
    private static int WalkBack(string text, int position, int runs)
    {
        var p = position;
        while (p > 0 && !IsSeparator(text[p - 1]))
        {
            p--;
        }

        for (var run = 0; run < runs && p > 0; run++)
        {
            while (p > 0 && IsSeparator(text[p - 1]))
            {
                p--;
            }

            while (p > 0 && !IsSeparator(text[p - 1]))
            {
                p--;
            }
        }

        return p;
    }

    /// <summary>Just past the chunk <paramref name="runs"/> separator runs after the chunk holding <paramref name="position"/>, plus one character for a final lookahead.</summary>
    private static int WalkForward(string text, int position, int runs)
    {
        var p = position;
        while (p < text.Length && !IsSeparator(text[p]))
        {
            p++;
        }

        for (var run = 0; run < runs && p < text.Length; run++)
        {
            while (p < text.Length && IsSeparator(text[p]))
            {
                p++;
            }

            while (p < text.Length && !IsSeparator(text[p]))
            {
                p++;
            }
        }

        return Math.Min(text.Length, p + 1);
    }

    /// <summary>Whitespace (exactly what <c>\s</c> matches) and dashes.</summary>
    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '-' or '–' or '—';
}
