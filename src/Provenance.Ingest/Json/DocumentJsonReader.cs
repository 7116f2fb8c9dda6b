using System.Text.Json;
using Provenance.Core;
using Provenance.Core.Json;
using Provenance.Ingest.Formats;

namespace Provenance.Ingest.Json;

/// <summary>
/// Reads a document written by <see cref="DocumentJson"/> (<c>"format": "provenance.document"</c>), so analysed
/// output can be ingested again with its layers. The document keeps its id, metadata and layers; overrides
/// still apply. A document of an unsupported version, or one whose layers do not fit its text, is a failure,
/// and so is one whose <c>content_hash</c> is not the hash of its <c>text</c>: the text was edited after
/// analysis, so its layers' offsets point at the wrong characters (often without falling outside the text,
/// so nothing else would notice).
/// </summary>
internal sealed class DocumentJsonReader : IFormatReader
{
    public string FormatName => "Provenance document JSON";

    /// <summary>None: <c>.json</c> is shared with other formats and decided by content.</summary>
    public IReadOnlyCollection<string> Extensions { get; } = [];

    public bool CanRead(SourceText source) => source.TryGetJson(out var root, out _) && IsDocument(root);

    public IEnumerable<ReaderOutput> Read(SourceText source, CancellationToken cancellationToken)
    {
        if (!source.TryGetJson(out var root, out var error))
        {
            yield return ReaderOutput.Failure(source.SourcePath, error!);
            yield break;
        }

        yield return ReadElement(root, source.SourcePath);
    }

    public static bool IsDocument(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("format", out var format)
        && format.ValueKind == JsonValueKind.String
        && format.GetString() == DocumentJson.Format;

    /// <summary>The value of a <c>format</c> string field that is not ours; null when there is none or it is ours.</summary>
    public static string? ForeignFormatOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("format", out var format)
        && format.ValueKind == JsonValueKind.String
        && format.GetString() is { } value && value != DocumentJson.Format
            ? value
            : null;

    public static string UnknownFormatMessage(string format) =>
        $"unknown JSON format '{format}' (expected \"{DocumentJson.Format}\" or a corpus object without a \"format\" field)";

    public static ReaderOutput ReadElement(JsonElement element, string sourcePath)
    {
        if (element.TryGetProperty("content_hash", out var statedHash) && statedHash.ValueKind == JsonValueKind.String
            && element.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
            && !string.Equals(statedHash.GetString(), ContentHash.Of(text.GetString()!), StringComparison.OrdinalIgnoreCase))
        {
            return ReaderOutput.Failure(
                sourcePath,
                "the text was edited after analysis: content_hash does not match, so its layers no longer fit; re-analyse the text instead");
        }

        try
        {
            return ReaderOutput.FromDocument(sourcePath, DocumentJson.Read(element));
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or KeyNotFoundException or FormatException or NotSupportedException)
        {
            return ReaderOutput.Failure(sourcePath, $"not a valid Provenance document: {e.Message}");
        }
    }
}
