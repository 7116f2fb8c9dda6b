using System.Text.Json;

namespace Provenance.Eval;

/// <summary>
/// Reads gold files: <c>{"id", "reference_date", "layers": {...}}</c> (<c>shared/gold/GUIDELINES.md</c>, "Files").
/// A layer missing from <c>layers</c> was not annotated and is not scored; an empty list was annotated and holds
/// nothing. Layers other than the seven <see cref="Scorer"/> scores are ignored. Malformed files fail with a
/// <see cref="JsonException"/> (or, from the <c>Try…</c> methods, an error message) that names the file and the field.
/// </summary>
public static class GoldDocumentReader
{
    private static readonly JsonDocumentOptions ParseOptions = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <exception cref="JsonException">The text is not a gold file.</exception>
    public static GoldDocument Parse(string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var name = source ?? "gold";
        using var parsed = ParseJson(json, name);
        var root = parsed.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"{name}: a gold file must be a JSON object with \"id\" and \"layers\".");
        }

        if (!root.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(idElement.GetString()))
        {
            throw new JsonException($"{name}: the gold file has no \"id\" string.");
        }

        var id = idElement.GetString()!;
        string? referenceDate = null;
        if (root.TryGetProperty("reference_date", out var date))
        {
            referenceDate = date.ValueKind switch
            {
                JsonValueKind.String => date.GetString(),
                JsonValueKind.Null => null,
                _ => throw new JsonException($"{name}: \"reference_date\" must be a YYYY-MM-DD string or null."),
            };
        }

        if (!root.TryGetProperty("layers", out var layers))
        {
            throw new JsonException($"{name}: the gold file has no \"layers\" object.");
        }

        return new GoldDocument(id, referenceDate, LayerRecordsReader.Read(layers, name, isGold: true), source);
    }

    /// <exception cref="JsonException">The file is not a gold file.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static GoldDocument ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads a gold file, or says in <paramref name="error"/> why it could not.</summary>
    public static bool TryReadFile(string path, out GoldDocument? gold, out string? error)
    {
        try
        {
            gold = ReadFile(path);
            error = null;
            return true;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            gold = null;
            error = e is JsonException ? e.Message : $"{path}: {e.Message}";
            return false;
        }
    }

    /// <summary>
    /// The <c>*.json</c> files of a folder in ordinal name order (as score.py's <c>sorted(os.listdir())</c>),
    /// each read as a gold file. Files that cannot be read are left out and listed in <paramref name="problems"/>.
    /// </summary>
    public static IReadOnlyList<GoldDocument> ReadFolder(string directory, out IReadOnlyList<EvalProblem> problems)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Gold folder '{directory}' does not exist.");
        }

        var found = new List<EvalProblem>();
        var documents = new List<GoldDocument>();
        var files = Directory.EnumerateFiles(directory)
            .Where(f => Path.GetFileName(f).EndsWith(".json", StringComparison.Ordinal))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (TryReadFile(file, out var gold, out var error))
            {
                documents.Add(gold!);
            }
            else
            {
                found.Add(new EvalProblem(file, error!));
            }
        }

        problems = found;
        return documents;
    }

    internal static JsonDocument ParseJson(string json, string source)
    {
        try
        {
            return JsonDocument.Parse(json, ParseOptions);
        }
        catch (JsonException e)
        {
            throw new JsonException($"{source}: not valid JSON ({e.Message})", e);
        }
    }
}
