using Provenance.Citations;
using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Segmentation;

namespace Provenance.Citations.Tests;

/// <summary>Runs segmentation and the citation annotator over a fixture and shows the records with their text.</summary>
internal static class Cite
{
    public static (Document Document, Citation[] Citations) Run(string text, DateOnly? published = null, CitationOptions? options = null, Document? start = null)
    {
        var document = start ?? new Document("test", text, new DocumentMetadata { Published = published });
        foreach (var annotator in SegmentationAnnotators.Create())
        {
            document = annotator.Annotate(document, CancellationToken.None);
        }

        document = new CitationAnnotator(options).Annotate(document, CancellationToken.None);
        return (document, document.Get(Layers.Citations).ToArray());
    }

    public static string[] Texts(string text, DateOnly? published = null)
    {
        var (document, citations) = Run(text, published);
        return citations.Select(document.TextOf).ToArray();
    }
}
