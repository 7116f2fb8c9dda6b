using System.Collections.Immutable;
using System.Text.Json;
using AngleSharp.Dom;
using Provenance.Core;
using Provenance.Ingest.Formats;

namespace Provenance.Ingest.Html;

/// <summary>
/// Reads what an HTML page says about itself, in this order of trust (first found wins):
/// <list type="bullet">
/// <item>title: JSON-LD <c>headline</c>, <c>og:title</c>, <c>&lt;title&gt;</c>;</item>
/// <item>author: <c>&lt;meta name=author&gt;</c>, JSON-LD <c>author.name</c> (several joined with ", "),
/// <c>article:author</c> when it is a name rather than an address;</item>
/// <item>published: <c>article:published_time</c>, JSON-LD <c>datePublished</c>, common date metas
/// (<c>date</c>, <c>pubdate</c>, <c>dc.date</c>, …);</item>
/// <item>outlet: <c>og:site_name</c>, JSON-LD <c>publisher.name</c>;</item>
/// <item>url: <c>&lt;link rel=canonical&gt;</c>, <c>og:url</c>, JSON-LD <c>url</c>;</item>
/// <item>language: <c>&lt;html lang&gt;</c>, <c>og:locale</c>.</item>
/// </list>
/// JSON-LD is read from <c>&lt;script type="application/ld+json"&gt;</c> blocks, including arrays and
/// <c>@graph</c>; the first item whose type is an article (<c>NewsArticle</c>, <c>Article</c>,
/// <c>BlogPosting</c>, <c>…Article</c>) counts. Malformed JSON-LD is ignored, since the page is still
/// readable without it. The modified date and description go to <see cref="DocumentMetadata.Extra"/>.
/// </summary>
internal static class HtmlMetadataReader
{
    public static DocumentMetadata Read(IDocument page, out Uri? baseUri)
    {
        var metas = ReadMetas(page);
        string? Meta(string key) => metas.GetValueOrDefault(key);
        var article = FindJsonLdArticle(page);
        var title = FirstNonEmpty(JsonString(article, "headline"), Meta("og:title"), page.Title);
        var author = FirstNonEmpty(
            Meta("author"),
            JsonAuthor(article),
            Meta("article:author") is { } a && !a.Contains("://", StringComparison.Ordinal) ? a : null);
        var publishedText = FirstNonEmpty(
            Meta("article:published_time"), JsonString(article, "datePublished"), Meta("date"), Meta("pubdate"),
            Meta("publish-date"), Meta("dc.date"), Meta("dc.date.issued"), Meta("parsely-pub-date"));
        var outlet = FirstNonEmpty(Meta("og:site_name"), JsonName(article, "publisher"));
        var canonical = page.QuerySelector("link[rel~=canonical]")?.GetAttribute("href");
        var url = FirstNonEmpty(Absolute(canonical), Absolute(Meta("og:url")), Absolute(JsonString(article, "url")));
        var language = LanguageTag.ToCode(page.DocumentElement?.GetAttribute("lang")) ?? LanguageTag.ToCode(Meta("og:locale"));

        var extra = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (FirstNonEmpty(Meta("article:modified_time"), JsonString(article, "dateModified")) is { } modified)
        {
            extra["modified"] = modified;
        }

        if (FirstNonEmpty(Meta("description"), Meta("og:description")) is { } description)
        {
            extra["description"] = description;
        }

        var published = DateText.ReadPublished(publishedText, extra);

        // Links resolve against <base href>, else the page's own address.
        var baseHref = page.QuerySelector("base[href]")?.GetAttribute("href");
        baseUri = Uri.TryCreate(baseHref, UriKind.Absolute, out var b) ? b
            : Uri.TryCreate(url, UriKind.Absolute, out var u) ? u
            : null;

        return new DocumentMetadata
        {
            Title = Collapse(title),
            Author = Collapse(author),
            Published = published,
            Outlet = Collapse(outlet),
            Url = url,
            Language = language,
            Extra = extra.ToImmutable(),
        };
    }

    /// <summary>Every <c>&lt;meta&gt;</c> with content, keyed by property, name or itemprop (case-insensitive); the first one wins.</summary>
    private static Dictionary<string, string> ReadMetas(IDocument page)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in page.QuerySelectorAll("meta[content]"))
        {
            var content = meta.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(content))
            {
                continue;
            }

            foreach (var key in new[] { meta.GetAttribute("property"), meta.GetAttribute("name"), meta.GetAttribute("itemprop") })
            {
                if (!string.IsNullOrWhiteSpace(key))
                {
                    metas.TryAdd(key.Trim(), content);
                }
            }
        }

        return metas;
    }

    private static JsonElement? FindJsonLdArticle(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type]"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindArticle(json.RootElement, depth: 0) is { } found)
                {
                    return found.Clone();
                }
            }
            catch (JsonException)
            {
                // Broken structured data does not make the page unreadable; the other sources of metadata remain.
            }
        }

        return null;
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 4)
        {
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticle(item, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (element.TryGetProperty("@type", out var type) && IsArticleType(type))
                {
                    return element;
                }

                return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
            default:
                return null;
        }
    }

    private static bool IsArticleType(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => IsArticleType(type.GetString()),
        JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleType(t.GetString())),
        _ => false,
    };

    private static bool IsArticleType(string? type) =>
        type is not null && (type.EndsWith("Article", StringComparison.Ordinal) || type is "BlogPosting" or "LiveBlogPosting" or "Report");

    private static string? JsonString(JsonElement? element, string property) =>
        element is { } e && e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A name given as a string, an object with <c>name</c>, or an array of those.</summary>
    private static string? JsonName(JsonElement? element, string property) =>
        element is { } e && e.TryGetProperty(property, out var value) ? NamesOf(value) : null;

    private static string? JsonAuthor(JsonElement? article) => JsonName(article, "author");

    private static string? NamesOf(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Object:
                return value.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
            case JsonValueKind.Array:
                var names = value.EnumerateArray().Select(NamesOf).Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
                return names.Count > 0 ? string.Join(", ", names) : null;
            default:
                return null;
        }
    }

    private static string? Absolute(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static string? Collapse(string? value) =>
        value is null ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
