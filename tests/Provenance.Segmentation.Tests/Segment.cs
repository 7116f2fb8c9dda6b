using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Segmentation;

namespace Provenance.Segmentation.Tests;

/// <summary>Runs the segmentation annotators over a text and shows their layers as text, so an off-by-one is visible.</summary>
internal static class Segment
{
    /// <summary>Blocks, sentences and tokens of <paramref name="text"/>, checked by <see cref="LayerInvariants"/>.</summary>
    public static Document Run(string text, TokenOptions? tokenOptions = null, Document? start = null)
    {
        var document = start ?? new Document("test", text);
        foreach (var annotator in SegmentationAnnotators.Create(tokens: tokenOptions))
        {
            document = annotator.Annotate(document, CancellationToken.None);
        }

        LayerInvariants.Check(document);
        return document;
    }

    public static string[] Blocks(Document document) =>
        document.Get(Layers.Blocks).Select(document.TextOf).ToArray();

    public static string[] Sentences(Document document) =>
        document.Get(Layers.Sentences).Select(document.TextOf).ToArray();

    public static string[] Sentences(string text) => Sentences(Run(text));

    /// <summary>Token texts joined by " | ": "U.S. | officials | said".</summary>
    public static string Tokens(Document document) =>
        string.Join(" | ", document.Get(Layers.Tokens).Select(document.TextOf));

    public static string Tokens(string text, TokenOptions? options = null) => Tokens(Run(text, options));

    /// <summary>Tokens with their kinds: "U.S./Word 14.5/Number %/Symbol".</summary>
    public static string TokensWithKinds(string text)
    {
        var document = Run(text);
        return string.Join(" ", document.Get(Layers.Tokens).Select(t => $"{document.TextOf(t)}/{t.Kind}"));
    }
}
