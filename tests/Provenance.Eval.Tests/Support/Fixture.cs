using System.Text.Json.Nodes;

namespace Provenance.Eval.Tests.Support;

/// <summary>
/// Builds gold and prediction JSON for a text written in the test: spans are found by their wording, so the
/// offsets and the <c>text</c> field always agree with the text, and a test reads as the words it scores.
/// </summary>
internal sealed class Fixture(string id, string text)
{
    public string Id { get; } = id;

    public string Text { get; } = text;

    /// <summary>A record over the <paramref name="occurrence"/>-th (0-based) occurrence of <paramref name="words"/>.</summary>
    public JsonObject Span(string words, params (string Name, object? Value)[] fields) => SpanAt(words, 0, fields);

    public JsonObject SpanAt(string words, int occurrence, params (string Name, object? Value)[] fields)
    {
        var start = -1;
        for (var n = 0; n <= occurrence; n++)
        {
            start = Text.IndexOf(words, start + 1, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new ArgumentException($"'{words}' (occurrence {occurrence}) is not in the text of fixture '{Id}'.", nameof(words));
            }
        }

        return Record(start, start + words.Length, words, fields);
    }

    /// <summary>A record with explicit offsets; its <c>text</c> is the substring unless given.</summary>
    public JsonObject At(int start, int end, params (string Name, object? Value)[] fields) =>
        Record(start, end, Text[start..end], fields);

    public static JsonObject Record(int start, int end, string? text, params (string Name, object? Value)[] fields)
    {
        var record = new JsonObject { ["start"] = start, ["end"] = end, ["text"] = text };
        foreach (var (name, value) in fields)
        {
            record[name] = JsonValue(value);
        }

        return record;
    }

    public static JsonObject Role(string entity, string role) => new() { ["entity"] = entity, ["role"] = role };

    /// <summary><c>{"id", "reference_date", "layers": {...}}</c>.</summary>
    public string Gold(params (string Layer, JsonObject[] Records)[] layers) => new JsonObject
    {
        ["id"] = Id,
        ["reference_date"] = "2025-11-20",
        ["layers"] = Layers(layers),
    }.ToJsonString();

    /// <summary><c>{"layers": {...}}</c>, as a prediction file.</summary>
    public static string Prediction(params (string Layer, JsonObject[] Records)[] layers) =>
        new JsonObject { ["layers"] = Layers(layers) }.ToJsonString();

    public static JsonObject Layers(params (string Layer, JsonObject[] Records)[] layers)
    {
        var result = new JsonObject();
        foreach (var (layer, records) in layers)
        {
            // Records may be shared between gold and prediction in a test; each JSON tree needs its own copy.
            result[layer] = new JsonArray(records.Select(r => (JsonNode?)r.DeepClone()).ToArray());
        }

        return result;
    }

    private static JsonNode? JsonValue(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b,
        int i => i,
        double d => d,
        _ => throw new ArgumentException($"Unsupported fixture value {value.GetType().Name}."),
    };
}
