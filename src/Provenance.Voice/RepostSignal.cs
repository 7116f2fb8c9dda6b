using System.Text.RegularExpressions;
using Provenance.Core;

namespace Provenance.Voice;

/// <summary>
/// Says that the document as a whole reproduces another text, and names that text. Read from the metadata
/// (a forwarded message's origin; an outlet field such as "Forum (repost of Some Outlet)", "Site (reposting
/// RT)", "Think Tank (reposted by Some Site)", "Site (citing Reuters)", "Channel (Telegram channel, via
/// site.com)", "Think Tank (Jane Doe, Some Monitor)") or from a syndication credit line opening a paragraph
/// ("(MENAFN - Live Mint)"). A "read the full article here (site.com)" pointer marks a repost too, named by
/// its domain when nothing better is known. Null when the document shows no sign of being a copy.
/// </summary>
public sealed partial record RepostSignal(string? Source, string Evidence)
{
    public static RepostSignal? Detect(Document document, IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(paragraphs);
        if (!string.IsNullOrWhiteSpace(document.Metadata.ForwardedFrom))
        {
            return new RepostSignal(document.Metadata.ForwardedFrom.Trim(), "metadata:forwarded-from");
        }

        if (FromOutletField(document.Metadata.Outlet) is { } fromOutlet)
        {
            return fromOutlet;
        }

        foreach (var paragraph in paragraphs)
        {
            var credit = SyndicationCredit().Match(paragraph);
            if (credit.Success)
            {
                return new RepostSignal(credit.Groups["outlet"].Value.Trim(), "credit-line");
            }
        }

        foreach (var paragraph in paragraphs)
        {
            var pointer = ReadFullArticle().Match(paragraph);
            if (pointer.Success)
            {
                return new RepostSignal(pointer.Groups["domain"].Value, "read-full-article");
            }
        }

        return null;
    }

    /// <summary>Reads a repost from an outlet description; null when it describes the outlet itself.</summary>
    public static RepostSignal? FromOutletField(string? outlet)
    {
        if (string.IsNullOrWhiteSpace(outlet))
        {
            return null;
        }

        Match m;
        if ((m = RepostOf().Match(outlet)).Success)
        {
            return new RepostSignal(CleanSource(m.Groups["x"].Value), "metadata:repost-of");
        }

        if ((m = RepostedBy().Match(outlet)).Success)
        {
            return new RepostSignal(CleanSource(m.Groups["x"].Value), "metadata:reposted-by");
        }

        if ((m = Citing().Match(outlet)).Success)
        {
            return new RepostSignal(CleanSource(m.Groups["x"].Value), "metadata:citing");
        }

        if ((m = Via().Match(outlet)).Success)
        {
            return new RepostSignal(CleanSource(m.Groups["x"].Value), "metadata:via");
        }

        if ((m = PersonAndPublication().Match(outlet)).Success)
        {
            return new RepostSignal(CleanSource(m.Groups["x"].Value), "metadata:author-publication");
        }

        return null;
    }

    /// <summary>"John Doe, Some Blog" → "Some Blog"; "Some Substack translation of …" → "Some".</summary>
    private static string? CleanSource(string raw)
    {
        var source = raw.Trim().TrimEnd(')').Trim();
        var cut = Qualifier().Match(source);
        if (cut.Success)
        {
            source = source[..cut.Index].Trim();
        }

        var comma = source.LastIndexOf(',');
        if (comma >= 0)
        {
            source = source[(comma + 1)..].Trim();
        }

        return source.Length == 0 ? null : source;
    }

    [GeneratedRegex(@"\b(?:repost(?:ed)?\s+(?:of|from)|reposting|republished\s+from|republishing|syndicated\s+from|copy\s+of)\s+(?<x>[^()]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RepostOf();

    [GeneratedRegex(@"^(?<x>[^()]+?)\s*\((?:reposted|republished|shared|relayed)\s+by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RepostedBy();

    [GeneratedRegex(@"\(citing\s+(?<x>[^()]+)\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Citing();

    [GeneratedRegex(@"\((?<x>[^(),]+),\s*via\s+[^()]+\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Via();

    [GeneratedRegex(@"\((?<person>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){1,3}),\s*(?<x>\p{Lu}[^(),]+)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonAndPublication();

    [GeneratedRegex(@"\s+(?:Substack|translation|blog post|post|article)\b|\s*\(", RegexOptions.CultureInvariant)]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"^\s*\((?:[\p{Lu}][\p{L}.]+)\s*[-–—]\s*(?<outlet>[^()]{2,60})\)", RegexOptions.CultureInvariant)]
    private static partial Regex SyndicationCredit();

    [GeneratedRegex(@"\bread\s+(?:the\s+)?(?:full|more|original|whole|entire|rest)\b[^()\n]{0,30}\((?<domain>[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadFullArticle();
}
