using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Pipeline;

namespace Provenance.Citations;

/// <summary>
/// Produces <see cref="Layers.Citations"/>: what a text cites (GUIDELINES.md, "citations"). A chain of rules,
/// each in its own class: <see cref="ParentheticalReferenceRule"/> (inline "(Outlet, Month D)" items),
/// <see cref="EndnoteMarkerRule"/> ("[1]", "look like.1"), <see cref="CreditReferenceRule"/> ("Read full
/// article here (rt.com)"), <see cref="BibliographicReferenceRule"/> (reference lines), <see cref="HyperlinkRule"/>
/// (links from HTML markup) and, when <see cref="CitationOptions.IncludeAttributions"/> is set,
/// <see cref="AttributionRule"/>. Every record names its rule; garbled references get a low confidence.
/// Requires nothing; uses sentences (to find a year stated next to a reference) and markup (links).
/// Immutable and thread-safe; never throws on odd text.
/// </summary>
public sealed class CitationAnnotator(CitationOptions? options = null) : IAnnotator
{
    private readonly CitationOptions _options = options ?? CitationOptions.Default;

    public string Name => "citations";

    public IReadOnlyList<LayerKey> Requires { get; } = [];

    public IReadOnlyList<LayerKey> Uses { get; } = [Layers.Sentences, Layers.Markup];

    public LayerKey Produces => Layers.Citations;

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new CitationContext(document, _options);
        var found = new List<Citation>();
        found.AddRange(ParentheticalReferenceRule.Find(context, cancellationToken));
        found.AddRange(EndnoteMarkerRule.Find(context, cancellationToken));
        found.AddRange(CreditReferenceRule.Find(context, cancellationToken));
        found.AddRange(BibliographicReferenceRule.Find(context, cancellationToken));
        found.AddRange(HyperlinkRule.Find(document, cancellationToken));
        if (_options.IncludeAttributions)
        {
            found.AddRange(AttributionRule.Find(context, cancellationToken));
        }

        // Two rules may read the same characters (a credit domain is also parenthesised): keep the first.
        var kept = new List<Citation>();
        foreach (var citation in found)
        {
            if (!kept.Any(k => k.Start == citation.Start && k.End == citation.End))
            {
                kept.Add(citation);
            }
        }

        return document.With(Layers.Citations, kept);
    }
}
