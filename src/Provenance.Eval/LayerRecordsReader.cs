using System.Text.Json;

namespace Provenance.Eval;

/// <summary>
/// Reads a JSON <c>layers</c> object into <see cref="LayerRecords"/>, the one code path for gold files,
/// prediction files and analysed documents. Only the layers <see cref="Scorer"/> scores are read (an analysed
/// document's tokens would cost time and score nothing). Bad input fails with a <see cref="JsonException"/>
/// that names the source, the layer and the record, where score.py would stop with a bare KeyError.
/// </summary>
internal static class LayerRecordsReader
{
    public static LayerRecords Read(JsonElement layers, string source, bool isGold)
    {
        if (layers.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"{source}: \"layers\" must be an object of layer name to list of records, not {Describe(layers)}.");
        }

        var result = new Dictionary<string, IReadOnlyList<ScoredRecord>>(StringComparer.Ordinal);
        foreach (var layer in layers.EnumerateObject())
        {
            if (!Scorer.ScoredLayers.Contains(layer.Name))
            {
                continue;
            }

            if (layer.Value.ValueKind == JsonValueKind.Null && !isGold)
            {
                // A prediction that writes null for a layer did not produce it.
                result.Remove(layer.Name);
                continue;
            }

            if (layer.Value.ValueKind != JsonValueKind.Array)
            {
                throw new JsonException($"{source}: layer '{layer.Name}' must be a list of records, not {Describe(layer.Value)}.");
            }

            var records = new List<ScoredRecord>(layer.Value.GetArrayLength());
            var index = 0;
            foreach (var element in layer.Value.EnumerateArray())
            {
                records.Add(ReadRecord(element, layer.Name, index++, source, isGold));
            }

            result[layer.Name] = records;
        }

        return new LayerRecords(result);
    }

    private static ScoredRecord ReadRecord(JsonElement element, string layer, int index, string source, bool isGold)
    {
        var where = $"{source}: {layer}[{index}]";
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"{where} must be an object, not {Describe(element)}.");
        }

        int? start = null, end = null;
        string? text = null;
        var attributes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in element.EnumerateObject())
        {
            switch (field.Name)
            {
                case "start":
                    start = ReadOffset(field.Value, "start", where);
                    break;
                case "end":
                    end = ReadOffset(field.Value, "end", where);
                    break;
                case "text":
                    text = field.Value.ValueKind switch
                    {
                        JsonValueKind.String => field.Value.GetString(),
                        JsonValueKind.Null => null,
                        _ => throw new JsonException($"{where}: \"text\" must be a string, not {Describe(field.Value)}."),
                    };
                    break;
                default:
                    attributes[field.Name] = ReadValue(field.Value);
                    break;
            }
        }

        var isRole = layer == Scorer.RolesLayer;
        if (!isRole && (start is null || end is null))
        {
            throw new JsonException($"{where} has no \"{(start is null ? "start" : "end")}\" offset; every {layer} record needs \"start\" and \"end\".");
        }

        // score.py reads these fields of gold records with [] (a KeyError when missing).
        if (isGold)
        {
            string[] required = layer switch
            {
                Scorer.BlocksLayer => ["voice"],
                Scorer.RolesLayer => ["entity", "role"],
                _ => [],
            };
            foreach (var name in required)
            {
                if (!attributes.ContainsKey(name))
                {
                    throw new JsonException($"{where} has no \"{name}\" field, which every gold {layer} record needs.");
                }
            }
        }

        return new ScoredRecord(start ?? 0, end ?? 0, text, attributes) { HasSpan = start is not null && end is not null };
    }

    private static int ReadOffset(JsonElement value, string name, string where) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var offset)
            ? offset
            : throw new JsonException($"{where}: \"{name}\" must be a whole number (a UTF-16 offset), not {Describe(value)}.");

    private static string? ReadValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => $"the string \"{Shorten(value.GetString() ?? "")}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => "null",
        _ => value.ValueKind.ToString(),
    };

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
