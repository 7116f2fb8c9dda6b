using Provenance.Quotes.Learned;

namespace Provenance.Quotes.Polnear;

/// <summary>
/// Reads a PolNeAR split folder (<c>text/*.txt</c> and <c>attributions/*_&lt;annotator&gt;.ann</c>), in file-name
/// order. An article annotated by several annotators uses the first annotator's file, as the evaluation does;
/// articles without annotations are counted in <c>missing</c> and left out. Never throws on a missing folder:
/// it returns no articles.
/// </summary>
public static class PolnearSplitReader
{
    public static List<PolnearArticle> Read(string folder, out int missing)
    {
        ArgumentNullException.ThrowIfNull(folder);
        missing = 0;
        var textDir = Path.Combine(folder, "text");
        var annotationDir = Path.Combine(folder, "attributions");
        var articles = new List<PolnearArticle>();
        if (!Directory.Exists(textDir) || !Directory.Exists(annotationDir))
        {
            return articles;
        }

        var annotations = Directory.GetFiles(annotationDir, "*.ann").OrderBy(p => p, StringComparer.Ordinal).ToList();
        foreach (var textPath in Directory.GetFiles(textDir, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textPath);
            var annotationPath = annotations.FirstOrDefault(a => Path.GetFileNameWithoutExtension(a).StartsWith(name + "_", StringComparison.Ordinal));
            if (annotationPath is null)
            {
                missing++;
                continue;
            }

            articles.Add(new PolnearArticle(name, File.ReadAllText(textPath), BratAttributionReader.Read(File.ReadAllText(annotationPath), out _)));
        }

        return articles;
    }

    /// <summary>The article's attributions as labelled spans for training (fragments joined, as the scorer does).</summary>
    public static List<LabelledSpan> SpansOf(PolnearArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var spans = new List<LabelledSpan>();
        foreach (var attribution in article.Attributions)
        {
            spans.AddRange(attribution.Cue.Select(s => new LabelledSpan(s.Start, s.End, AttributionSpanKind.Cue)));
            spans.AddRange(attribution.Source.Select(s => new LabelledSpan(s.Start, s.End, AttributionSpanKind.Source)));
            spans.AddRange(attribution.Content.Select(s => new LabelledSpan(s.Start, s.End, AttributionSpanKind.Content)));
        }

        return spans;
    }
}
