using System.Collections.Immutable;
using System.Text.Json;
using Provenance.Core;
using Provenance.Ingest.Formats;

namespace Provenance.Ingest.Json;

/// <summary>
/// Reads the corpus format <c>{"id", "url", "outlet", "published", "kind", "cluster", "text"}</c>: one object
/// per file, or a JSON array of them (items named <c>file.json#n</c>, counting from 1; an array may also hold
/// Provenance documents). The text is kept exactly as the JSON string holds it, since gold offsets point into
/// it. <c>id</c> (a string or a number) becomes the document id; <c>published</c> may be null or absent, and a
/// value that is not a date leaves the date unknown (kept as written in <c>Extra["published_text"]</c>, the
/// rule of <see cref="DateText.ReadPublished"/>). An object whose <c>format</c> field names another format
/// fails ("unknown JSON format"), rather than being taken for a corpus object. <c>title</c>, <c>author</c> and <c>language</c> are read when
/// present; other scalar fields are kept in <see cref="DocumentMetadata.Extra"/>.
/// </summary>
internal sealed class CorpusJsonReader : IFormatReader
{
    private static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal)
    {
        "id", "url", "outlet", "published", "kind", "cluster", "text", "title", "author", "language",
    };

    public string FormatName => "corpus JSON";

    /// <summary>None: <c>.json</c> is shared with other formats and decided by content.</summary>
    public IReadOnlyCollection<string> Extensions { get; } = [];

    public bool CanRead(SourceText source)
    {
        if (!source.TryGetJson(out var root, out _))
        {
            return false;
        }

        if (root.ValueKind == JsonValueKind.Array)
        {
            // An array of corpus objects or Provenance documents; an empty array is read (and reported) too.
            using var items = root.EnumerateArray();
            return !items.Any() || root.EnumerateArray().Any(e => IsCorpusObject(e) || DocumentJsonReader.IsDocument(e));
        }

        // An object that names a format we do not know is claimed here only to be reported clearly.
        return IsCorpusObject(root) || (root.ValueKind == JsonValueKind.Object && DocumentJsonReader.ForeignFormatOf(root) is not null);
    }

    public IEnumerable<ReaderOutput> Read(SourceText source, CancellationToken cancellationToken)
    {
        if (!source.TryGetJson(out var root, out var error))
        {
            yield return ReaderOutput.Failure(source.SourcePath, error!);
            yield break;
        }

        if (root.ValueKind != JsonValueKind.Array)
        {
            yield return ReadElement(root, source.SourcePath);
            yield break;
        }

        var number = 0;
        foreach (var item in root.EnumerateArray())
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            var itemPath = $"{source.SourcePath}#{number}";
            // An empty array yields nothing and so fails as "no text found" (DocumentSource's rule).
            yield return DocumentJsonReader.IsDocument(item) ? DocumentJsonReader.ReadElement(item, itemPath) : ReadElement(item, itemPath);
        }
    }

    public static bool IsCorpusObject(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
        && !element.TryGetProperty("messages", out _)
        && !DocumentJsonReader.IsDocument(element);

    public static ReaderOutput ReadElement(JsonElement element, string sourcePath)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return ReaderOutput.Failure(sourcePath, $"expected a JSON object with a \"text\" field, found {element.ValueKind.ToString().ToLowerInvariant()}");
        }

        if (DocumentJsonReader.ForeignFormatOf(element) is { } format)
        {
            return ReaderOutput.Failure(sourcePath, DocumentJsonReader.UnknownFormatMessage(format));
        }

        if (!element.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
        {
            return ReaderOutput.Failure(sourcePath, "the object has no \"text\" string field");
        }

        var publishedText = element.TryGetProperty("published", out var publishedElement) && publishedElement.ValueKind is not (JsonValueKind.Null or JsonValueKind.String)
            ? publishedElement.GetRawText()
            : String(element, "published");
        var extra = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!KnownFields.Contains(property.Name) && Scalar(property.Value) is { } value)
            {
                extra[property.Name] = value;
            }
        }

        var published = DateText.ReadPublished(publishedText, extra);

        var metadata = new DocumentMetadata
        {
            Url = String(element, "url"),
            Outlet = String(element, "outlet"),
            Published = published,
            Kind = String(element, "kind"),
            Cluster = String(element, "cluster"),
            Title = String(element, "title"),
            Author = String(element, "author"),
            Language = LanguageTag.ToCode(String(element, "language")),
            Extra = extra.ToImmutable(),
        };
        var id = element.TryGetProperty("id", out var idElement) ? Scalar(idElement) : null;
        return ReaderOutput.Draft(sourcePath, textElement.GetString()!, metadata, id: id);
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };
}
