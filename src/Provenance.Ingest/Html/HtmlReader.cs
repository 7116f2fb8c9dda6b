using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Provenance.Ingest.Formats;

namespace Provenance.Ingest.Html;

/// <summary>
/// Reads an HTML page (<c>.html</c>, <c>.htm</c>, <c>.xhtml</c>) into its main text, one paragraph per line,
/// with markup evidence (see <see cref="HtmlTextExtractor"/>) and metadata (see <see cref="HtmlMetadataReader"/>).
/// Parsing is AngleSharp's HTML5 parser, so malformed markup is read the way a browser reads it.
/// Main-text extraction, in two steps:
/// <list type="number">
/// <item>Boilerplate goes: navigation, asides, footers, headers (except one inside an <c>&lt;article&gt;</c>,
/// which holds the headline and byline), forms (except a form that wraps the page's content, as some sites
/// do), hidden elements and elements with an ARIA landmark role for navigation, banners, footers or search.</item>
/// <item>The main element is the <c>&lt;article&gt;</c>, else the <c>&lt;main&gt;</c>, that holds at least
/// half of the page's paragraph text; else the element whose paragraphs carry the most text (counting a
/// paragraph fully for its parent and half for its grandparent) when it holds at least half; else the
/// whole body. Falling back to the body keeps text rather than risk losing it.</item>
/// </list>
/// A page with no text at all yields a document with empty text, which the finisher reports as
/// "no text found". Not handled: pages whose text is built by script, and legacy encodings (see
/// <see cref="SourceDecoder"/>).
/// </summary>
internal sealed class HtmlReader : IFormatReader
{
    private const double MainShare = 0.5;
    private const int ShortParagraph = 25;

    private static readonly string[] BoilerplateSelectors =
    [
        "nav", "aside", "footer", "[hidden]", "[aria-hidden=true]",
        "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=complementary]", "[role=search]",
    ];

    public string FormatName => "HTML page";

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm", ".xhtml", ".shtml"];

    public bool CanRead(SourceText source)
    {
        if (!source.StartsWith('<'))
        {
            return false;
        }

        var head = source.Text.AsSpan(0, Math.Min(source.Text.Length, 4096));
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<head", StringComparison.OrdinalIgnoreCase);
    }

    public IEnumerable<ReaderOutput> Read(SourceText source, CancellationToken cancellationToken)
    {
        var page = new HtmlParser().ParseDocument(source.Text);
        var metadata = HtmlMetadataReader.Read(page, out var baseUri);
        var body = page.Body ?? page.DocumentElement;
        RemoveBoilerplate(body);
        var main = ChooseMainElement(body);
        var extracted = HtmlTextExtractor.Extract(main, baseUri);
        yield return ReaderOutput.Draft(source.SourcePath, extracted.Text, metadata, extracted.Markup);
    }

    private static void RemoveBoilerplate(IElement body)
    {
        var selector = string.Join(", ", HtmlTextExtractor.NonTextElements.Concat(BoilerplateSelectors));
        var doomed = body.QuerySelectorAll(selector).ToList();
        doomed.AddRange(body.QuerySelectorAll("header").Where(header => header.Closest("article") is null));
        doomed.AddRange(body.QuerySelectorAll("form").Where(form => form.QuerySelector("article, main") is null && form.QuerySelectorAll("p").Length < 3));
        doomed.AddRange(body.QuerySelectorAll("[style]").Where(IsHiddenByStyle));
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static bool IsHiddenByStyle(IElement element)
    {
        var style = element.GetAttribute("style");
        return style is not null && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase);
    }

    private static IElement ChooseMainElement(IElement body)
    {
        var total = ParagraphText(body);
        var articles = body.QuerySelectorAll("article").ToList();
        var mains = body.QuerySelectorAll("main, [role=main]").ToList();
        if (total == 0)
        {
            // No paragraphs at all: the article or main with most text, else everything.
            return articles.Concat(mains).MaxBy(e => e.TextContent.Length) ?? body;
        }

        foreach (var group in new[] { articles, mains })
        {
            var best = group.MaxBy(ParagraphText);
            if (best is not null && ParagraphText(best) >= total * MainShare)
            {
                return best;
            }
        }

        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in body.QuerySelectorAll("p"))
        {
            var length = VisibleLength(paragraph);
            if (length < ShortParagraph || paragraph.ParentElement is not { } parent)
            {
                continue;
            }

            scores[parent] = scores.GetValueOrDefault(parent) + length;
            if (parent.ParentElement is { } grandparent)
            {
                scores[grandparent] = scores.GetValueOrDefault(grandparent) + length / 2.0;
            }
        }

        var candidate = scores.Count > 0 ? scores.MaxBy(s => s.Value).Key : null;
        return candidate is not null && ParagraphText(candidate) >= total * MainShare ? candidate : body;
    }

    private static int ParagraphText(IElement element) => element.QuerySelectorAll("p").Sum(VisibleLength);

    private static int VisibleLength(IElement element)
    {
        var length = 0;
        var inSpace = true;
        foreach (var c in element.TextContent)
        {
            var space = char.IsWhiteSpace(c);
            if (!space || !inSpace)
            {
                length++;
            }

            inSpace = space;
        }

        return length;
    }
}
