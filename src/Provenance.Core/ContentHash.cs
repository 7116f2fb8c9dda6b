using System.Security.Cryptography;
using System.Text;

namespace Provenance.Core;

/// <summary>
/// The identity of a text: SHA-256 of its UTF-8 bytes after folding line endings to <c>\n</c>, so the
/// same text read from a CRLF file and from a web page is one document.
/// </summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folded)));
    }

    /// <summary>A short id derived from the hash, used when the source gives the document no id of its own.</summary>
    public static string ShortId(string hash) => hash.Length > 16 ? hash[..16] : hash;
}
