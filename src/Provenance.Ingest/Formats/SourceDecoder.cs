using System.Text;

namespace Provenance.Ingest.Formats;

/// <summary>
/// Turns the bytes of a source into text, once for every format. Accepts UTF-8 (with or without a byte
/// order mark) and UTF-16 with a byte order mark; folds CRLF and lone CR line endings to <c>\n</c> (this
/// changes no JSON string value, since raw line breaks may not occur inside one). Rejects, with a message
/// for a person: empty input, binary content (a NUL byte, or more than <see cref="MaxControlShare"/> of
/// control bytes in the first <see cref="SniffBytes"/> bytes) and invalid UTF-8, naming the first bad byte
/// and its offset. It never guesses an encoding: an XML or HTML source that declares a charset other than
/// UTF-8 and whose bytes are not valid UTF-8 (see <see cref="DeclaredCharset"/>: ISO-8859-1, windows-1251, KOI8-R, …) is decoded with it, and any
/// other bytes that are not UTF-8 (a Windows-1251 .txt file) are reported as not valid UTF-8 rather than read
/// wrongly. A byte order mark wins over a declaration.
/// </summary>
internal static class SourceDecoder
{
    public const int SniffBytes = 8192;

    public const double MaxControlShare = 0.3;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="extension">The source's extension (lower case, with the dot): plain-text and JSON formats never declare a charset.</param>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, string extension, out string text, out string? error)
    {
        text = "";
        if (bytes.IsEmpty)
        {
            error = "empty file";
            return false;
        }

        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            return TryDecodeUtf16(bytes[2..], bigEndian: bytes[0] == 0xFE, out text, out error);
        }

        var offset = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var body = bytes[offset..];
        if (LooksBinary(body))
        {
            error = "binary file, not text";
            return false;
        }

        // Valid UTF-8 wins over a declared charset: pages re-saved as UTF-8 often keep a stale declaration,
        // while text really written in a legacy code page is almost never valid UTF-8 by accident.
        DecoderFallbackException invalid;
        try
        {
            text = FoldLineEndings(StrictUtf8.GetString(body));
            error = null;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            invalid = e;
        }

        string? declared = null;
        if (offset == 0 && DeclaredCharset.AppliesTo(body, extension) && DeclaredCharset.TryFind(body, out var label) && !DeclaredCharset.IsUtf8(label))
        {
            if (DeclaredCharset.TryGetEncoding(label, out var encoding))
            {
                text = FoldLineEndings(encoding.GetString(body));
                error = null;
                return true;
            }

            declared = label;
        }

        var bad = invalid.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : body[Math.Clamp(invalid.Index, 0, body.Length - 1)];
        error = $"not valid UTF-8 (invalid byte 0x{bad:X2} at byte offset {invalid.Index + offset})"
            + (declared is null ? "" : $", and the declared charset '{declared}' is not one this reader knows");
        text = "";
        return false;
    }

    /// <summary>CRLF and lone CR become <c>\n</c>, so offsets are the same whichever system wrote the file.</summary>
    public static string FoldLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    private static bool TryDecodeUtf16(ReadOnlySpan<byte> body, bool bigEndian, out string text, out string? error)
    {
        try
        {
            text = FoldLineEndings(new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(body));
            error = null;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            text = "";
            error = $"not valid UTF-16 (invalid data at byte offset {e.Index + 2})";
            return false;
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SniffBytes)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            // Tab, line feed, vertical tab, form feed, carriage return and escape occur in real text files.
            if ((b < 0x20 && b is not (0x09 or 0x0A or 0x0B or 0x0C or 0x0D or 0x1B)) || b == 0x7F)
            {
                control++;
            }
        }

        return sample.Length > 0 && control > sample.Length * MaxControlShare;
    }
}
