using System.Text.Json;

namespace Provenance.Ingest.Formats;

/// <summary>Describes a <see cref="JsonException"/> for a person: line and byte position first, 1-based.</summary>
internal static class JsonErrors
{
    public static string Describe(JsonException e) =>
        e.LineNumber is { } line
            ? $"malformed JSON at line {line + 1}, byte {(e.BytePositionInLine ?? 0) + 1}: {MessageOf(e)}"
            : $"malformed JSON: {MessageOf(e)}";

    /// <summary>The exception's message without the position suffix System.Text.Json appends.</summary>
    public static string MessageOf(JsonException e)
    {
        var message = e.Message;
        var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return suffix >= 0 ? message[..suffix] : message;
    }
}
