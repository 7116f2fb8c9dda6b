using System.Globalization;
using System.Text.RegularExpressions;
using Provenance.Core.Annotations;

namespace Provenance.Citations;

/// <summary>
/// A bibliographic reference line, as think tanks print under a reposted article:
/// "Doe, Jane A. (2024) Title of the piece, Some Monitor (3–4). 12 March." The whole line (without its final
/// stop) is one record; the outlet is the last comma-separated part before the optional page range; the date
/// is the day and month at the end with the year in parentheses, or that year alone. Lines that do not start
/// with "Surname, Given (year)" are not read.
/// </summary>
internal static partial class BibliographicReferenceRule
{
    public const string Name = "bibliographic";

    public static IEnumerable<Citation> Find(CitationContext context, CancellationToken cancellationToken)
    {
        foreach (Match line in Reference().Matches(context.Text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var year = int.Parse(line.Groups["year"].Value, CultureInfo.InvariantCulture);
            var rest = Venue().Match(line.Groups["rest"].Value);
            if (!rest.Success)
            {
                continue;
            }

            var date = year.ToString("D4", CultureInfo.InvariantCulture);
            if (rest.Groups["date"].Success && CitedDate.TryParse(rest.Groups["date"].Value, out var cited))
            {
                date = cited.ToIso(year) ?? date;
            }

            var start = line.Groups["line"].Index;
            var end = start + line.Groups["line"].Length;
            yield return new Citation(start, end, CitationKind.Parenthetical, rest.Groups["venue"].Value.Trim(), date, Rule: Name);
        }
    }

    [GeneratedRegex(@"^[ \t]*(?<line>\p{Lu}[\p{L}'’-]+,\s+[\p{L}.\s-]{1,40}?\s*\((?<year>(?:19|20)\d{2})\)\.?\s+(?<rest>[^\n]+?))\.?[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(@"^.+,\s*(?<venue>[^,()]+?)\s*(?:\([^)]*\))?\.?\s*(?<date>\d{1,2}\s+" + CitedDate.MonthPattern + @"|" + CitedDate.MonthPattern + @"\s+\d{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Venue();
}
