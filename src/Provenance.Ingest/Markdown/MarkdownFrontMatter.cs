using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Provenance.Core;
using Provenance.Ingest.Formats;

namespace Provenance.Ingest.Markdown;

/// <summary>
/// Reads the flat <c>key: value</c> fields of a YAML front matter block into <see cref="DocumentMetadata"/>:
/// title, author, date, url, outlet and language by their usual names; other scalar fields go to
/// <see cref="DocumentMetadata.Extra"/>. Not a YAML parser: nested maps, lists and multi-line values are
/// skipped, and quotes around a value are simply removed.
/// </summary>
internal static partial class MarkdownFrontMatter
{
    /// <summary>
    /// True when every line looks like YAML. A document that opens with <c>---</c>, prose, <c>---</c> is a
    /// thematic break and a setext heading, not front matter.
    /// </summary>
    public static bool LooksLikeYaml(IEnumerable<string> lines) =>
        lines.All(line => string.IsNullOrWhiteSpace(line) || line[0] is ' ' or '\t' or '#'
            || line.StartsWith("- ", StringComparison.Ordinal) || Field().IsMatch(line));

    public static DocumentMetadata Read(IEnumerable<string> lines)
    {
        var metadata = DocumentMetadata.Empty;
        var extra = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var field = Field().Match(line);
            if (!field.Success)
            {
                continue;
            }

            var key = field.Groups[1].Value.Trim().ToLowerInvariant();
            var value = field.Groups[2].Value.Trim().Trim('"', '\'').Trim();
            if (value.Length == 0)
            {
                continue;
            }

            switch (key)
            {
                case "title":
                    metadata = metadata with { Title = value };
                    break;
                case "author" or "authors" or "byline":
                    metadata = metadata with { Author = value };
                    break;
                case "date" or "published" or "pubdate" or "published_at" when DateText.TryParseDate(value, out var date):
                    metadata = metadata with { Published = date };
                    break;
                case "url" or "link" or "canonical" or "canonical_url" or "source_url":
                    metadata = metadata with { Url = value };
                    break;
                case "outlet" or "source" or "publisher" or "site" or "site_name":
                    metadata = metadata with { Outlet = value };
                    break;
                case "lang" or "language":
                    metadata = metadata with { Language = LanguageTag.ToCode(value) };
                    break;
                default:
                    // An unparseable date lands here too, so the value is not lost.
                    extra[key] = value;
                    break;
            }
        }

        return metadata with { Extra = extra.ToImmutable() };
    }

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_ .\-]*):(?:[ \t]+(.*))?$")]
    private static partial Regex Field();
}
