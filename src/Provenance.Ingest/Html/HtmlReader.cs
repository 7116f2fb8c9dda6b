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
/// do), hidden elements, elements with an ARIA landmark role for navigation, banners, footers or search,
/// and page furniture: elements whose class or id says share, related, newsletter, ad, cookie, comments
/// and the like (and not article, content, story, …) and that hold under 200 characters of paragraphs and under 2,000 characters in all.</item>
/// <item>The main element is the <c>&lt;article&gt;</c>, else the <c>&lt;main&gt;</c>, that holds at least
/// half of the page's paragraph text; else the element whose paragraphs carry the most text (counting a
/// paragraph fully for its parent and half for its grandparent) when it holds at least half; else the
/// whole body. Falling back to the body keeps text rather than risk losing it.</item>
/// </list>
/// A page with no text at all yields a document with empty text, which the finisher reports as
/// "no text found". Not handled: pages whose text is built by script, and legacy encodings the page does
/// not declare (see <see cref="SourceDecoder"/>).
/// </summary>
internal sealed class HtmlReader : IFormatReader
{
    private const double MainShare = 0.5;
    private const int ShortParagraph = 25;

    private static readonly HashSet<string> BoilerplateElements = new(StringComparer.OrdinalIgnoreCase) { "nav", "aside", "footer" };

    // Class and id words that mark page furniture (share bars, newsletter boxes, related links, ads).
    private static readonly HashSet<string> FurnitureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "sharing", "social", "related", "recommended", "newsletter", "subscribe", "subscription", "promo",
        "advert", "advertisement", "ad", "ads", "sponsor", "sponsored", "cookie", "cookies", "consent", "comment",
        "comments", "breadcrumb", "breadcrumbs", "sidebar", "popup", "modal", "banner", "paywall", "signup", "menu",
    };

    // Words that mark content; an element named with one of them is never taken for furniture.
    private static readonly HashSet<string> ContentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "body", "content", "main", "story", "text", "post", "entry",
    };

    private const int FurnitureMaxParagraphText = 200;

    // A wrapper around the whole page can carry a furniture word ("sidebar-layout"); its size gives it away.
    private const int FurnitureMaxText = 2000;

    private static readonly HashSet<string> BoilerplateRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search",
    };

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
        if (HtmlNestingGuard.IsTooDeep(source.Text))
        {
            yield return ReaderOutput.Failure(source.SourcePath, HtmlNestingGuard.Message);
            yield break;
        }

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
        // One pass over the elements; removing afterwards keeps the walk valid.
        var doomed = body.Descendants<IElement>().Where(IsBoilerplate).ToList();
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static bool IsBoilerplate(IElement element)
    {
        var name = element.LocalName;
        return HtmlTextExtractor.NonTextElements.Contains(name)
            || BoilerplateElements.Contains(name)
            || (name == "header" && element.Closest("article") is null)
            || (name == "form" && element.QuerySelector("article, main") is null && element.QuerySelectorAll("p").Length < 3)
            || element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            || (element.GetAttribute("role") is { } role && BoilerplateRoles.Contains(role.Trim()))
            || IsHiddenByStyle(element)
            || IsFurniture(element);
    }

    /// <summary>
    /// An element whose class or id names page furniture and not content, holding little paragraph text
    /// (a long comment thread is left to the main-element choice instead).
    /// </summary>
    private static bool IsFurniture(IElement element)
    {
        var names = $"{element.ClassName} {element.Id}";
        if (string.IsNullOrWhiteSpace(names))
        {
            return false;
        }

        var words = names.Split([' ', '-', '_', '\t', ':', '.'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(FurnitureWords.Contains)
            && !words.Any(ContentWords.Contains)
            && element.QuerySelectorAll("p").Sum(VisibleLength) < FurnitureMaxParagraphText
            && VisibleLength(element) < FurnitureMaxText;
    }

    private static bool IsHiddenByStyle(IElement element)
    {
        var style = element.GetAttribute("style");
        return style is not null && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase);
    }

    private static IElement ChooseMainElement(IElement body)
    {
        // Paragraph text within each element, computed once by adding every paragraph to its ancestors.
        var paragraphs = body.QuerySelectorAll("p").Select(p => (Element: p, Length: VisibleLength(p))).ToList();
        var within = new Dictionary<IElement, int>();
        foreach (var (paragraph, length) in paragraphs)
        {
            for (var ancestor = paragraph.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
            {
                within[ancestor] = within.GetValueOrDefault(ancestor) + length;
                if (ancestor == body)
                {
                    break;
                }
            }
        }

        var total = within.GetValueOrDefault(body);
        var articles = body.QuerySelectorAll("article").ToList();
        var mains = body.QuerySelectorAll("main, [role=main]").ToList();
        if (total == 0)
        {
            // No paragraphs at all: the article or main with most text, else everything.
            return articles.Concat(mains).MaxBy(e => e.TextContent.Length) ?? body;
        }

        foreach (var group in new[] { articles, mains })
        {
            var best = group.MaxBy(e => within.GetValueOrDefault(e));
            if (best is not null && within.GetValueOrDefault(best) >= total * MainShare)
            {
                return best;
            }
        }

        var scores = new Dictionary<IElement, double>();
        foreach (var (paragraph, length) in paragraphs)
        {
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
        return candidate is not null && within.GetValueOrDefault(candidate) >= total * MainShare ? candidate : body;
    }

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
