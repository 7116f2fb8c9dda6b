using System.Text.Json;

namespace Provenance.Ingest.Formats;

/// <summary>
/// The decoded text of one source (a file, an archive entry or a stream) with its path. JSON is parsed at
/// most once and shared by the readers that sniff it; dispose the source to release the parsed JSON.
/// </summary>
internal sealed class SourceText : IDisposable
{
    private JsonDocument? _json;
    private string? _jsonError;
    private bool _jsonParsed;

    public SourceText(string sourcePath, string text)
    {
        SourcePath = sourcePath;
        Text = text;
        Extension = ExtensionOf(sourcePath);
    }

    /// <summary>The file, or archive entry <c>a.zip!/b.html</c>, the text came from.</summary>
    public string SourcePath { get; }

    /// <summary>Text with any byte order mark removed and line endings folded to <c>\n</c>.</summary>
    public string Text { get; }

    /// <summary>The extension of the last path segment, lower case with its dot; empty when there is none.</summary>
    public string Extension { get; }

    /// <summary>True when the text (ignoring leading white space) starts with <paramref name="c"/>.</summary>
    public bool StartsWith(char c)
    {
        foreach (var ch in Text)
        {
            if (!char.IsWhiteSpace(ch))
            {
                return ch == c;
            }
        }

        return false;
    }

    /// <summary>Parses the whole text as one JSON value; the result (or the error) is kept for later callers.</summary>
    public bool TryGetJson(out JsonElement root, out string? error)
    {
        if (!_jsonParsed)
        {
            _jsonParsed = true;
            try
            {
                _json = JsonDocument.Parse(Text);
            }
            catch (JsonException e)
            {
                _jsonError = JsonErrors.Describe(e);
            }
        }

        root = _json?.RootElement ?? default;
        error = _jsonError;
        return _json is not null;
    }

    public void Dispose() => _json?.Dispose();

    internal static string ExtensionOf(string sourcePath)
    {
        // The name that counts is the innermost one: "a.zip!/dir/b.html" is an HTML page, "feed.xml#3" a feed item.
        var name = sourcePath;
        var archiveSeparator = name.LastIndexOf("!/", StringComparison.Ordinal);
        if (archiveSeparator >= 0)
        {
            name = name[(archiveSeparator + 2)..];
        }

        var slash = name.LastIndexOfAny(['/', '\\']);
        if (slash >= 0)
        {
            name = name[(slash + 1)..];
        }

        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[dot..].ToLowerInvariant() : "";
    }
}
