using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Provenance.Core.Json;

/// <summary>
/// The JSON form of an analysed document, version <see cref="Version"/>; documented field by field in
/// <c>docs/document-json.md</c>. Layer and field names follow <c>shared/gold/GUIDELINES.md</c> so that output
/// and gold files compare directly. Each annotation is written as <c>start</c>, <c>end</c>, <c>text</c> (the
/// covered substring, so that a shifted offset shows) and then its own fields in snake_case. Reading
/// ignores <c>text</c> and unknown fields, and skips layers it does not know.
/// </summary>
public static class DocumentJson
{
    public const string Format = "provenance.document";
    public const int Version = 1;

    /// <summary>Serializer settings for annotations and metadata: snake_case names, enums as their guideline strings.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = CreateOptions();

    public static string Write(Document document, DocumentJsonOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = options?.Indented ?? false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, document, options ?? DocumentJsonOptions.Default);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Write(Utf8JsonWriter writer, Document document, DocumentJsonOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);

        writer.WriteStartObject();
        writer.WriteString("format", Format);
        writer.WriteNumber("version", Version);
        writer.WriteString("id", document.Id);
        writer.WriteString("content_hash", document.ContentHash);
        if (document.ReferenceDate is { } reference)
        {
            writer.WriteString("reference_date", reference.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull("reference_date");
        }

        writer.WritePropertyName("metadata");
        JsonSerializer.Serialize(writer, document.Metadata, SerializerOptions);
        writer.WriteString("text", document.Text);
        writer.WriteStartObject("layers");
        foreach (var key in document.LayerKeys)
        {
            if (!options.Includes(key))
            {
                continue;
            }

            writer.WriteStartArray(key.Name);
            foreach (var annotation in document.GetUntyped(key))
            {
                WriteAnnotation(writer, document, annotation);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static Document Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var parsed = JsonDocument.Parse(json);
        return Read(parsed.RootElement);
    }

    /// <summary>Reads a document written by <see cref="Write(Document, DocumentJsonOptions?)"/>.</summary>
    /// <exception cref="JsonException">The JSON is not a Provenance document, or is of a newer version.</exception>
    public static Document Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.GetString() != Format)
        {
            throw new JsonException($"Not a Provenance document: the \"format\" field must be \"{Format}\".");
        }

        var version = root.TryGetProperty("version", out var v) && v.TryGetInt32(out var n) ? n : 0;
        if (version is < 1 or > Version)
        {
            throw new JsonException($"Unsupported Provenance document version {version}; this build reads versions 1 to {Version}.");
        }

        var id = root.GetProperty("id").GetString() ?? throw new JsonException("The \"id\" field is null.");
        var text = root.GetProperty("text").GetString() ?? throw new JsonException("The \"text\" field is null.");
        var metadata = root.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object
            ? m.Deserialize<DocumentMetadata>(SerializerOptions) ?? DocumentMetadata.Empty
            : DocumentMetadata.Empty;
        var document = new Document(id, text, metadata);
        if (root.TryGetProperty("layers", out var layers) && layers.ValueKind == JsonValueKind.Object)
        {
            foreach (var layer in layers.EnumerateObject())
            {
                if (!Layers.TryGet(layer.Name, out var key) || layer.Value.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                document = key.SetOn(document, ReadLayer(key, layer.Value));
            }
        }

        return document;
    }

    /// <summary>
    /// One layer of <paramref name="document"/> as a JSON array, each annotation in the shape the document form
    /// gives it (<c>start</c>, <c>end</c>, <c>text</c>, then its fields). The store keeps layers this way.
    /// </summary>
    /// <param name="includeText">
    /// Whether each annotation carries its <c>text</c>. Stores leave it out: the text is derivable from the
    /// offsets, and repeating it for every token would triple the size of a stored document.
    /// </param>
    public static string WriteLayer(Document document, LayerKey key, bool includeText = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(key);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var annotation in document.GetUntyped(key))
            {
                WriteAnnotation(writer, document, annotation, includeText);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads one layer's array (as <see cref="WriteLayer"/> writes it) into annotations of <paramref name="key"/>'s type.</summary>
    /// <exception cref="JsonException">The element is not an array of annotations of that layer.</exception>
    public static IReadOnlyList<IAnnotation> ReadLayer(LayerKey key, JsonElement array)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"Layer '{key.Name}' must be a JSON array, not {array.ValueKind}.");
        }

        return array.EnumerateArray()
            .Select(e => (IAnnotation)(e.Deserialize(key.ElementType, SerializerOptions)
                ?? throw new JsonException($"Layer '{key.Name}' holds a null annotation.")))
            .ToList();
    }

    private static void WriteAnnotation(Utf8JsonWriter writer, Document document, IAnnotation annotation, bool includeText = true)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", annotation.Start);
        writer.WriteNumber("end", annotation.End);
        if (includeText)
        {
            writer.WriteString("text", document.TextOf(annotation));
        }

        var fields = JsonSerializer.SerializeToElement(annotation, annotation.GetType(), SerializerOptions);
        foreach (var field in fields.EnumerateObject())
        {
            if (field.NameEquals("start") || field.NameEquals("end"))
            {
                continue;
            }

            field.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
