using Provenance.Core;
using Provenance.Core.Annotations;

namespace Provenance.Citations;

/// <summary>
/// Hyperlinks a reader kept from HTML (<see cref="MarkupKind.Link"/> spans with a target): the span is the
/// anchor text, the target the address, the outlet its host without "www.". Links without a target or
/// anchor text, and links to the page itself ("#section"), are left out. Plain-text input has no links.
/// </summary>
internal static class HyperlinkRule
{
    public const string Name = "hyperlink";

    public static IEnumerable<Citation> Find(Document document, CancellationToken cancellationToken)
    {
        foreach (var link in document.Get(Layers.Markup))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (link.Kind != MarkupKind.Link || string.IsNullOrWhiteSpace(link.Target) || link.End <= link.Start || link.Target.StartsWith('#'))
            {
                continue;
            }

            yield return new Citation(link.Start, link.End, CitationKind.Hyperlink, HostOf(link.Target), null, link.Target, Rule: Name);
        }
    }

    private static string? HostOf(string target)
    {
        if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
    }
}
