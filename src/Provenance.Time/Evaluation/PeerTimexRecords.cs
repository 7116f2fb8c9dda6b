using System.Text.Json;
using Provenance.Core.Annotations;

namespace Provenance.Time.Evaluation;

/// <summary>
/// Another tool's timexes, read from JSON Lines so they can be scored with <see cref="TempEvalScorer"/> next to
/// ours (bench/time-peers writes them from chrono-node and Microsoft Recognizers output). One record per line:
/// <c>{"doc": id, "start": n, "end": n, "type": "DATE", "value": "2013-03-22"}</c> (UTF-16 offsets into the
/// document text); an optional line <c>{"summary": tool, "seconds": s}</c> gives the tool's name and its
/// in-process time. Lines that are not such records are counted in <see cref="Skipped"/>, not thrown.
/// </summary>
public sealed class PeerTimexRecords
{
    private readonly Dictionary<string, List<Timex>> _byDocument;

    private PeerTimexRecords(string tool, double? seconds, Dictionary<string, List<Timex>> byDocument, int skipped)
    {
        Tool = tool;
        Seconds = seconds;
        _byDocument = byDocument;
        Skipped = skipped;
    }

    /// <summary>The tool's name (the summary line's, else the file name).</summary>
    public string Tool { get; }

    /// <summary>The tool's own processing time in seconds, when the file states it.</summary>
    public double? Seconds { get; }

    /// <summary>Lines that could not be read as records.</summary>
    public int Skipped { get; }

    /// <summary>The records of one document, in text order; empty when the tool found none.</summary>
    public IReadOnlyList<Timex> For(string documentId) =>
        _byDocument.TryGetValue(documentId, out var list) ? list : [];

    public static PeerTimexRecords Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var tool = Path.GetFileNameWithoutExtension(path);
        double? seconds = null;
        var skipped = 0;
        var byDocument = new Dictionary<string, List<Timex>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.TryGetProperty("summary", out var summary))
                {
                    tool = summary.GetString() ?? tool;
                    seconds = root.TryGetProperty("seconds", out var s) ? s.GetDouble() : seconds;
                    continue;
                }

                var doc = root.GetProperty("doc").GetString() ?? "";
                var start = root.GetProperty("start").GetInt32();
                var end = root.GetProperty("end").GetInt32();
                if (end <= start || start < 0)
                {
                    skipped++;
                    continue;
                }

                var type = root.TryGetProperty("type", out var t) ? t.GetString() : null;
                var value = root.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                if (!byDocument.TryGetValue(doc, out var list))
                {
                    byDocument[doc] = list = [];
                }

                list.Add(new Timex(start, end, ParseType(type), value, tool));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                skipped++;
            }
        }

        foreach (var list in byDocument.Values)
        {
            list.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return new PeerTimexRecords(tool, seconds, byDocument, skipped);
    }

    private static TimexType ParseType(string? type) => type?.ToUpperInvariant() switch
    {
        "TIME" => TimexType.Time,
        "DURATION" => TimexType.Duration,
        "SET" => TimexType.Set,
        _ => TimexType.Date,
    };
}
