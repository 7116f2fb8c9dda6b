using System.Globalization;
using System.Text.Json;

namespace Provenance.Time.Evaluation;

/// <summary>
/// Reads the shared corpus (<c>&lt;id&gt;.json</c> with <c>text</c> and <c>published</c>) together with its gold
/// files (<c>layers.timex</c> as GUIDELINES.md defines them) as <see cref="TempEvalDocument"/>s, so the same scorer
/// and peer comparison run on both data sets. The published date is the annotator's reference (null when the
/// corpus has none: the annotator then looks for a dateline); the gold's <c>reference_date</c> is kept as
/// <see cref="TempEvalDocument.GoldReference"/>. A gold file without a corpus document, or unreadable JSON, is
/// reported as a problem and skipped.
/// </summary>
public static class CorpusTimexReader
{
    public static IReadOnlyList<TempEvalDocument> ReadFolders(string corpusFolder, string goldFolder, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(corpusFolder);
        ArgumentNullException.ThrowIfNull(goldFolder);
        ArgumentNullException.ThrowIfNull(problems);
        var documents = new List<TempEvalDocument>();
        foreach (var goldPath in Directory.EnumerateFiles(goldFolder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
                if (!gold.RootElement.TryGetProperty("id", out var idElement) || idElement.GetString() is not { Length: > 0 } id)
                {
                    continue;
                }

                var corpusPath = Path.Combine(corpusFolder, id + ".json");
                if (!File.Exists(corpusPath))
                {
                    problems.Add($"{goldPath}: no corpus document {corpusPath}");
                    continue;
                }

                using var corpus = JsonDocument.Parse(File.ReadAllText(corpusPath));
                var text = corpus.RootElement.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
                var published = Date(corpus.RootElement, "published");
                var timexes = new List<TempEvalTimex>();
                if (gold.RootElement.TryGetProperty("layers", out var layers) && layers.TryGetProperty("timex", out var layer) && layer.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in layer.EnumerateArray())
                    {
                        var start = item.GetProperty("start").GetInt32();
                        var end = item.GetProperty("end").GetInt32();
                        if (start < 0 || end > text.Length || end <= start)
                        {
                            problems.Add($"{goldPath}: timex [{start}, {end}) lies outside the text");
                            continue;
                        }

                        timexes.Add(new TempEvalTimex(start, end, Str(item, "type"), Str(item, "value"), text[start..end]));
                    }
                }

                documents.Add(new TempEvalDocument(id, text, published, timexes, Date(gold.RootElement, "reference_date")));
            }
            catch (Exception e) when (e is JsonException or IOException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                problems.Add($"{goldPath}: {e.Message}");
            }
        }

        return documents;
    }

    private static string Str(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";

    private static DateOnly? Date(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: >= 10 } s
            && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
}
