using System.Text.Json.Nodes;

namespace Provenance.Eval.Tests.Support;

/// <summary>
/// Makes a plausible, imperfect prediction out of gold layers for the agreement tests: records dropped, offsets
/// shifted, texts lost, attributes renamed, shortened, swapped or cleared, spurious records added, whole layers
/// left out. Deterministic for a given <see cref="Random"/>; the result is never written into the repository.
/// </summary>
internal static class PredictionPerturber
{
    public static JsonObject Perturb(JsonObject goldLayers, Random random)
    {
        var result = new JsonObject();
        foreach (var (layer, value) in goldLayers)
        {
            if (value is not JsonArray records || random.Next(12) == 0)
            {
                continue; // layer not produced
            }

            var output = new JsonArray();
            var all = records.OfType<JsonObject>().ToList();
            foreach (var record in all)
            {
                if (random.Next(6) == 0)
                {
                    continue;
                }

                var copy = record.DeepClone().AsObject();
                PerturbSpan(copy, random);
                PerturbFields(copy, all, random);
                output.Add(copy);
                if (random.Next(10) == 0)
                {
                    var spurious = record.DeepClone().AsObject();
                    PerturbSpan(spurious, random);
                    PerturbSpan(spurious, random);
                    output.Add(spurious);
                }
            }

            result[layer] = output;
        }

        return result;
    }

    private static void PerturbSpan(JsonObject record, Random random)
    {
        if (record["start"] is null || record["end"] is null)
        {
            return;
        }

        var start = (int)record["start"]!;
        var end = (int)record["end"]!;
        var text = (string?)record["text"];
        switch (random.Next(8))
        {
            case 0:
                start = Math.Max(0, start + random.Next(-4, 5));
                break;
            case 1:
                end = Math.Max(start, end + random.Next(-4, 5));
                break;
            case 2 when text is { Length: > 2 }:
                // Drop the first character from both offsets and text, as a tokenizer might.
                start++;
                record["text"] = text[1..];
                break;
            case 3:
                record.Remove("text");
                break;
            case 4:
                start += 1000; // far away from everything
                end += 1000;
                break;
        }

        record["start"] = start;
        record["end"] = end;
    }

    private static void PerturbFields(JsonObject record, List<JsonObject> siblings, Random random)
    {
        foreach (var name in record.Select(p => p.Key).Where(k => k is not ("start" or "end" or "text")).ToList())
        {
            if (random.Next(4) != 0)
            {
                continue;
            }

            var value = record[name];
            var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            switch (random.Next(7))
            {
                case 0:
                    record[name] = null;
                    break;
                case 1 when text is not null:
                    record[name] = text.ToUpperInvariant();
                    break;
                case 2 when text is not null:
                    record[name] = "the " + text;
                    break;
                case 3 when text is not null:
                    record[name] = text.Split(' ')[^1] + "’s";
                    break;
                case 4:
                    var other = siblings[random.Next(siblings.Count)][name];
                    record[name] = other?.DeepClone();
                    break;
                case 5 when value is JsonValue b && b.TryGetValue<bool>(out var flag):
                    record[name] = !flag;
                    break;
                case 6 when text is not null:
                    record[name] = text switch
                    {
                        "author" => "quoted",
                        "quoted" => "author",
                        _ => text + " said",
                    };
                    break;
            }
        }
    }
}
