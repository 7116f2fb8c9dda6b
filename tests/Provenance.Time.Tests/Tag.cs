using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Segmentation;

namespace Provenance.Time.Tests;

/// <summary>Runs segmentation and the time annotator over a text and shows the timexes as "span=value" text.</summary>
internal static class Tag
{
    public static Document Run(string text, string? published = null, TimeOptions? options = null)
    {
        var metadata = new DocumentMetadata { Published = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture) };
        var document = new Document("test", text, metadata);
        foreach (var annotator in SegmentationAnnotators.Create())
        {
            document = annotator.Annotate(document, CancellationToken.None);
        }

        return new TimeAnnotator(options).Annotate(document, CancellationToken.None);
    }

    public static IReadOnlyList<Timex> Timexes(string text, string? published = null) => Run(text, published).Get(Layers.Timex);

    /// <summary>"Nov. 17=2025-11-17 | three days=P3D": every timex as its text and value.</summary>
    public static string Show(string text, string? published = null)
    {
        var document = Run(text, published);
        return string.Join(" | ", document.Get(Layers.Timex).Select(t => $"{document.TextOf(t)}={t.Value}"));
    }

    /// <summary>The one timex whose text is <paramref name="span"/>, as "value" (or "type:value" with <paramref name="withType"/>).</summary>
    public static string ValueOf(string text, string span, string? published = null, bool withType = false)
    {
        var document = Run(text, published);
        var found = document.Get(Layers.Timex).Where(t => document.TextOf(t) == span).ToList();
        if (found.Count != 1)
        {
            return $"<no single timex '{span}'; found: {Show(text, published)}>";
        }

        return withType ? $"{TypeName(found[0].Type)}:{found[0].Value}" : found[0].Value ?? "null";
    }

    private static string TypeName(TimexType type) => type.ToString().ToUpperInvariant();
}
