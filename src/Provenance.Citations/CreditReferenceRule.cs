using System.Text.RegularExpressions;
using Provenance.Core.Annotations;

namespace Provenance.Citations;

/// <summary>
/// A reposted text's pointer to its original: "Read Full Article Here…(rt.com)", "read more at (example.org)".
/// The span is the domain inside the parentheses; it is the outlet too; no date. Other parenthesised domains
/// (a site's own navigation: "Home | Channel (example.com)") are not references.
/// </summary>
internal static partial class CreditReferenceRule
{
    public const string Name = "credit";

    public static IEnumerable<Citation> Find(CitationContext context, CancellationToken cancellationToken)
    {
        foreach (Match match in ReadMore().Matches(context.Text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var domain = match.Groups["domain"];
            yield return new Citation(domain.Index, domain.Index + domain.Length, CitationKind.Parenthetical, domain.Value, null, Rule: Name);
        }
    }

    [GeneratedRegex(@"\b(?:read|continue reading|source|originally published)\b[^()\n]{0,40}?\((?<domain>[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadMore();
}
