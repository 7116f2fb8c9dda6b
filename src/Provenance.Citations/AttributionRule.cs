using System.Text.RegularExpressions;
using Provenance.Core.Annotations;

namespace Provenance.Citations;

/// <summary>
/// Attributions to an outlet: "X reported", "according to X", "citing X". X is a run of capitalised words;
/// after "according to" and "citing" it must look like a publication (a word such as News, Times, Post,
/// Agency, a domain, or an all-capital agency name such as "TASS"), because people are cited the same way.
/// "X reported" takes any capitalised name, which catches people now and then. Off by default: the gold does
/// not count these (see <see cref="CitationOptions.IncludeAttributions"/>). The span is the name; no date.
/// </summary>
internal static partial class AttributionRule
{
    public const string RuleName = "attribution";

    public static IEnumerable<Citation> Find(CitationContext context, CancellationToken cancellationToken)
    {
        foreach (Match match in Reported().Matches(context.Text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Make(match.Groups["x"], 0.8);
        }

        foreach (Match match in AccordingOrCiting().Matches(context.Text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = match.Groups["x"];
            if (OutletWord().IsMatch(name.Value) || name.Value.Contains('.', StringComparison.Ordinal) || IsAgencyAcronym(name.Value))
            {
                yield return Make(name, 0.9);
            }
        }
    }

    private static bool IsAgencyAcronym(string name) => name.Length is >= 3 and <= 6 && name.All(c => char.IsUpper(c) || c == '-');

    private static Citation Make(Group name, double confidence) =>
        new(name.Index, name.Index + name.Length, CitationKind.Attribution, name.Value, null, Confidence: confidence, Rule: RuleName);

    /// <summary>Capitalised words; a dot only inside a word ("News.Az"), so a sentence's stop ends the name.</summary>
    private const string Name = @"\p{Lu}(?:[\p{L}&-]|\.(?=\p{L}))*(?:\s+\p{Lu}(?:[\p{L}&-]|\.(?=\p{L}))*){0,3}";

    [GeneratedRegex(@"(?<x>" + Name + @")\s+(?:reported|reports|has reported)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Reported();

    [GeneratedRegex(@"\b(?:according to|citing)\s+(?:the\s+)?(?<x>" + Name + @")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccordingOrCiting();

    [GeneratedRegex(@"\b(?:News|Times|Post|Journal|Agency|Press|Gazette|Telegraph|Guardian|Herald|Tribune|Monitor|Media|Radio|TV|Daily|Review|Insider|Wire)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OutletWord();
}
