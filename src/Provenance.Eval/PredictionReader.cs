using System.Text.Json;
using Provenance.Core;
using Provenance.Core.Json;

namespace Provenance.Eval;

/// <summary>
/// Turns what an analyser produced into <see cref="LayerRecords"/>, through the same reader as gold files:
/// an analysed <see cref="Document"/> is written with <see cref="DocumentJson"/> and its <c>layers</c> object read
/// back, so that a prediction is scored exactly as the same JSON written to a file would be. A prediction file
/// holds <c>{"layers": {...}}</c> (a Provenance document JSON does) or the layers at its top level, as score.py accepts.
/// </summary>
public static class PredictionReader
{
    // Layers the scorer never reads; leaving them out keeps the round trip cheap.
    private static readonly DocumentJsonOptions WriteOptions = new()
    {
        ExcludedLayers = Layers.All.Select(k => k.Name).Where(n => !Scorer.ScoredLayers.Contains(n)).ToHashSet(StringComparer.Ordinal),
    };

    public static LayerRecords FromDocument(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var parsed = JsonDocument.Parse(DocumentJson.Write(document, WriteOptions));
        return LayerRecordsReader.Read(parsed.RootElement.GetProperty("layers"), $"document '{document.Id}'", isGold: false);
    }

    /// <exception cref="JsonException">The text is not a prediction.</exception>
    public static LayerRecords Parse(string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var name = source ?? "prediction";
        using var parsed = GoldDocumentReader.ParseJson(json, name);
        var root = parsed.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"{name}: a prediction must be a JSON object holding \"layers\" or the layers themselves.");
        }

        if (!root.TryGetProperty("layers", out var layers))
        {
            return LayerRecordsReader.Read(root, name, isGold: false);
        }

        return layers.ValueKind == JsonValueKind.Null ? LayerRecords.Empty : LayerRecordsReader.Read(layers, name, isGold: false);
    }

    /// <exception cref="JsonException">The file is not a prediction.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static LayerRecords ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads a prediction file, or says in <paramref name="error"/> why it could not.</summary>
    public static bool TryReadFile(string path, out LayerRecords? prediction, out string? error)
    {
        try
        {
            prediction = ReadFile(path);
            error = null;
            return true;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            prediction = null;
            error = e is JsonException ? e.Message : $"{path}: {e.Message}";
            return false;
        }
    }
}
