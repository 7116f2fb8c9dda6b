using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Provenance.Eval;

/// <summary>
/// Writes an <see cref="EvalReport"/> as JSON in the shape of <c>score.py --json</c>, so the two can be compared
/// key by key:
/// <code>
/// {"total":     {"quotes": {"strict": {"p", "r", "f1", "tp", "pred", "gold"}, "relaxed": {...}, "speaker": {...}, ...},
///                "blocks": {"voice": {...}, "source": {...}},
///                "roles":  {"p", "r", "f1", "tp", "pred", "gold"}, ...},
///  "documents": {"&lt;id&gt;": {same as total, for the layers its gold annotates}},
///  "not_produced": {"&lt;id&gt;": ["forecasts", ...]},
///  "problems": [{"source", "message"}]}
/// </code>
/// <c>p</c>, <c>r</c> and <c>f1</c> are rounded to three decimals as score.py rounds them. The last two members
/// are ours: layers the gold annotates but the prediction lacked, and inputs that could not be scored. When two
/// gold files share an id, both count in <c>total</c> and the later one is listed, as in score.py.
/// </summary>
public static class EvalReportJson
{
    public static string Write(EvalReport report, bool indented = true)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, report);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Write(Utf8JsonWriter writer, EvalReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        var lastById = new Dictionary<string, DocumentScore>(StringComparer.Ordinal);
        foreach (var document in report.Documents)
        {
            lastById[document.DocumentId] = document;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("total");
        WriteLayers(writer, report.Total.Layers);
        writer.WriteStartObject("documents");
        foreach (var document in lastById.Values)
        {
            writer.WritePropertyName(document.DocumentId);
            WriteLayers(writer, document.Layers);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("not_produced");
        foreach (var document in lastById.Values)
        {
            var missing = document.Layers.Where(l => l.Production != LayerProduction.Produced).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            writer.WriteStartArray(document.DocumentId);
            foreach (var layer in missing)
            {
                writer.WriteStringValue(layer.Layer);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteStartArray("problems");
        foreach (var problem in report.Problems)
        {
            writer.WriteStartObject();
            writer.WriteString("source", problem.Source);
            writer.WriteString("message", problem.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteLayers(Utf8JsonWriter writer, IReadOnlyList<LayerScore> layers)
    {
        writer.WriteStartObject();
        foreach (var layer in layers)
        {
            writer.WritePropertyName(layer.Layer);

            // score.py stores roles as one prf() result, not as a map of metrics.
            if (layer.Metrics is [{ Metric: MetricNames.Pairs } pairs])
            {
                WriteMetric(writer, pairs);
                continue;
            }

            writer.WriteStartObject();
            foreach (var metric in layer.Metrics)
            {
                writer.WritePropertyName(metric.Metric);
                WriteMetric(writer, metric);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteMetric(Utf8JsonWriter writer, MetricScore metric)
    {
        writer.WriteStartObject();
        writer.WriteNumber("p", metric.Precision);
        writer.WriteNumber("r", metric.Recall);
        writer.WriteNumber("f1", metric.F1);
        writer.WriteNumber("tp", metric.TruePositives);
        writer.WriteNumber("pred", metric.Predicted);
        writer.WriteNumber("gold", metric.Gold);
        writer.WriteEndObject();
    }
}
