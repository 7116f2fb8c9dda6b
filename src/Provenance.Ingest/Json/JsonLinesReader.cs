using System.Text.Json;
using Provenance.Ingest.Formats;

namespace Provenance.Ingest.Json;

/// <summary>
/// Reads JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>): one corpus object or Provenance document per line, each
/// named <c>file.jsonl#n</c> with n its line number. Blank lines are skipped (a file of only blank lines
/// yields nothing, and fails as "no text found"); a malformed line fails alone,
/// with its line number and byte position, and the lines after it are still read.
/// </summary>
internal sealed class JsonLinesReader : IFormatReader
{
    public string FormatName => "JSON Lines";

    public IReadOnlyCollection<string> Extensions { get; } = [".jsonl", ".ndjson"];

    /// <summary>Sniffed only for unknown extensions: two or more lines, the first a document object.</summary>
    public bool CanRead(SourceText source)
    {
        if (!source.StartsWith('{'))
        {
            return false;
        }

        var lines = source.Text.Split('\n', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 2)
        {
            return false;
        }

        try
        {
            using var first = JsonDocument.Parse(lines[0]);
            return CorpusJsonReader.IsCorpusObject(first.RootElement) || DocumentJsonReader.IsDocument(first.RootElement);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public IEnumerable<ReaderOutput> Read(SourceText source, CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        foreach (var line in source.Text.Split('\n'))
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ReadLine(line, $"{source.SourcePath}#{lineNumber}", lineNumber);
        }
    }

    private static ReaderOutput ReadLine(string line, string linePath, int lineNumber)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return DocumentJsonReader.IsDocument(json.RootElement)
                ? DocumentJsonReader.ReadElement(json.RootElement, linePath)
                : CorpusJsonReader.ReadElement(json.RootElement, linePath);
        }
        catch (JsonException e)
        {
            return ReaderOutput.Failure(linePath, $"malformed JSON on line {lineNumber}, byte {(e.BytePositionInLine ?? 0) + 1}: {JsonErrors.MessageOf(e)}");
        }
    }
}
