using System.Text.RegularExpressions;
using Provenance.Core.Annotations;

namespace Provenance.Citations;

/// <summary>
/// Inline parenthetical references: "(Vedomosti, November 7; NV.ua, November 12)", "(see EDM, April 29, 2024)".
/// Each item separated by ";" becomes one record whose span is the item without the parentheses, the
/// separators and a leading "see"/"cf.". An item is an outlet-like name, a comma and a date; the year comes
/// from the item, else from a year written earlier in the same sentence next to the same month ("the Baltic
/// Guard 2019 drill, on May 3–9 (Delfi, May 9)"), else from the reference date, else stays <c>XXXX</c>.
/// Garbled items (no comma: "(Brookings analysisMarch 4)"; an impossible day: "September 36") are kept
/// with a low confidence. Not references: parentheses without a date or without a name ("(Part One)",
/// "(122.5-kilometer)", "(November 1917–June 1923)"), or whose name part reads like prose.
/// </summary>
internal static partial class ParentheticalReferenceRule
{
    public const string Name = "parenthetical";

    public static IEnumerable<Citation> Find(CitationContext context, CancellationToken cancellationToken)
    {
        var text = context.Text;
        foreach (Match group in Parenthesised().Matches(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var inner = group.Groups["inner"];
            if (inner.Length == 0 || inner.Length > context.Options.MaxParentheticalLength)
            {
                continue;
            }

            var items = ReadItems(context, inner.Index, inner.Index + inner.Length);
            if (items.Count == 0)
            {
                continue;
            }

            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    /// <summary>Splits the inside of a parenthesis at ";" and reads every item; an empty list when any item is no reference.</summary>
    private static List<Citation> ReadItems(CitationContext context, int start, int end)
    {
        var text = context.Text;
        var result = new List<Citation>();
        var itemStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] != ';')
            {
                continue;
            }

            var (s, e) = Trim(text, itemStart, i);
            itemStart = i + 1;
            if (e <= s)
            {
                continue;
            }

            if (TryReadItem(context, s, e, start) is { } citation)
            {
                result.Add(citation);
            }
            else if (IsUndatedOutlet(text, s, e))
            {
                // "(Vedomosti, May 7; Meduza)": a bare name beside dated items is an item without a date.
                result.Add(new Citation(s, e, CitationKind.Parenthetical, text[s..e], null, Rule: Name + ".undated"));
            }
            else
            {
                return [];
            }
        }

        // A list of bare names ("(Reuters; AP)") could be anything; one dated item makes it a reference list.
        return result.Any(c => c.Date is not null || c.Confidence < 1) ? result : [];
    }

    private static Citation? TryReadItem(CitationContext context, int start, int end, int parenthesisStart)
    {
        var text = context.Text;
        var lead = LeadWord().Match(text, start, end - start);
        if (lead.Success)
        {
            start += lead.Length;
        }

        var item = text[start..end];

        // The name ends at the first comma after which the rest is a date: "EDM, April 29, 2024".
        for (var comma = item.IndexOf(',', StringComparison.Ordinal); comma > 0; comma = item.IndexOf(',', comma + 1))
        {
            var outlet = item[..comma].Trim();
            if (!LooksLikeOutlet(outlet) || !CitedDate.TryParse(item[(comma + 1)..], out var date))
            {
                continue;
            }

            var year = date.Year ?? YearFromSentence(context, parenthesisStart, date.Month) ?? context.ReferenceYear;
            return date.IsValid
                ? new Citation(start, end, CitationKind.Parenthetical, outlet, date.ToIso(year), Rule: Name)
                : new Citation(start, end, CitationKind.Parenthetical, outlet, null, Confidence: context.Options.GarbledConfidence, Rule: Name + ".invalid-date");
        }

        // A name glued to or run into its date without a comma: "Brookings analysisMarch 4".
        var glued = GluedItem().Match(item);
        if (glued.Success && LooksLikeOutlet(glued.Groups["outlet"].Value.Trim())
            && CitedDate.TryParse(glued.Groups["date"].Value, out var gluedDate))
        {
            var year = gluedDate.Year ?? YearFromSentence(context, parenthesisStart, gluedDate.Month) ?? context.ReferenceYear;
            return new Citation(start, end, CitationKind.Parenthetical, glued.Groups["outlet"].Value.Trim(), gluedDate.ToIso(year),
                Confidence: context.Options.GarbledConfidence, Rule: Name + ".garbled");
        }

        return null;
    }

    private static bool IsUndatedOutlet(string text, int start, int end)
    {
        var name = text[start..end];
        return name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4 && LooksLikeOutlet(name) && !name.Contains(',', StringComparison.Ordinal);
    }

    /// <summary>
    /// A year written in the same sentence before the reference, when that sentence also names the cited
    /// month: the event and the report share the year. A year elsewhere ("the autumn of 2005") does not count.
    /// </summary>
    private static int? YearFromSentence(CitationContext context, int parenthesisStart, int? month)
    {
        if (month is null)
        {
            return null;
        }

        var (sentenceStart, _) = context.SentenceAt(parenthesisStart);
        var before = context.Text[sentenceStart..Math.Max(sentenceStart, parenthesisStart - 1)];
        var mentionsMonth = MonthName().Matches(before).Any(m => CitedDate.MonthNumber(m.Value) == month);
        if (!mentionsMonth)
        {
            return null;
        }

        var years = Year().Matches(before);
        return years.Count == 0 ? null : int.Parse(years[^1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A publication's name: starts with a letter or digit (lower case only for a domain such as "rt.com"),
    /// at most six words, not a month, and not a clause ("in Russian", "not his term").
    /// </summary>
    internal static bool LooksLikeOutlet(string name)
    {
        if (name.Length is 0 or > 60 || !char.IsLetterOrDigit(name[0]))
        {
            return false;
        }

        if (char.IsLower(name[0]) && !name.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 6 || MonthWord().IsMatch(words[0]))
        {
            return false;
        }

        return !words.All(w => w.All(c => char.IsDigit(c) || c is '.' or '-' or '–'));
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';'))
        {
            end--;
        }

        return (start, end);
    }

    [GeneratedRegex(@"\((?<inner>[^()\n]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\G(?:see also|see|cf\.?|e\.g\.,?)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadWord();

    [GeneratedRegex(@"^(?<outlet>\S.*?\S)\s*(?<date>" + CitedDate.MonthPattern + @"\.?\s+\d{1,2}(?:,?\s+\d{4})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedItem();

    [GeneratedRegex(@"\b" + CitedDate.MonthPattern + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"^" + CitedDate.MonthPattern + @"\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthWord();

    [GeneratedRegex(@"\b(?:1[89]|20)\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
