using System.Text;
using System.Text.RegularExpressions;

namespace Provenance.Ingest.Formats;

/// <summary>
/// Finds the character encoding a markup source declares about itself: the XML declaration
/// (<c>&lt;?xml version="1.0" encoding="ISO-8859-1"?&gt;</c>, at the very start) or an HTML
/// <c>&lt;meta charset="windows-1251"&gt;</c> / <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=KOI8-R"&gt;</c>
/// in the first <see cref="ScanBytes"/> bytes. Declarations are ASCII, so the bytes are scanned before any
/// decoding. Labels resolve through .NET's encodings plus the Windows and ISO code pages of
/// <see cref="CodePagesEncodingProvider"/> (part of the .NET shared framework, registered here once; no
/// package is needed). Following the WHATWG encoding standard, ISO-8859-1, Latin-1 and US-ASCII are read as
/// windows-1252, which they are in practice (curly quotes in 0x80–0x9F); a declared UTF-16 in a document that
/// is not UTF-16 is ignored. Only markup sources (see <see cref="AppliesTo"/>) are looked at.
/// </summary>
internal static partial class DeclaredCharset
{
    public const int ScanBytes = 4096;

    // Formats whose text never carries a charset declaration: a .txt or .json that mentions <meta charset>
    // in its text is not declaring anything.
    private static readonly HashSet<string> PlainExtensions = new(StringComparer.Ordinal)
    {
        ".txt", ".text", ".md", ".markdown", ".json", ".jsonl", ".ndjson",
    };

    private static readonly HashSet<string> Windows1252Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        "iso-8859-1", "iso8859-1", "iso_8859-1", "iso-ir-100", "latin1", "l1", "us-ascii", "ascii", "cp1252", "cp819", "ibm819",
    };

    static DeclaredCharset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>True when the source may declare its charset: markup that starts with <c>&lt;</c>, not a plain-text or JSON file.</summary>
    public static bool AppliesTo(ReadOnlySpan<byte> body, string extension)
    {
        if (PlainExtensions.Contains(extension))
        {
            return false;
        }

        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                return b == '<';
            }
        }

        return false;
    }

    /// <summary>The declared charset label, as written; false when the source declares none.</summary>
    public static bool TryFind(ReadOnlySpan<byte> body, out string label)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, ScanBytes)]);
        var match = XmlDeclaration().Match(head);
        if (!match.Success)
        {
            match = MetaCharset().Match(head);
        }

        label = match.Success ? match.Groups["label"].Value : "";
        return match.Success;
    }

    public static bool IsUtf8(string label) =>
        label.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || label.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    /// <summary>The encoding a label names; false for labels .NET does not know and for UTF-16 (see the class comment).</summary>
    public static bool TryGetEncoding(string label, out Encoding encoding)
    {
        encoding = null!;
        var name = Windows1252Aliases.Contains(label) ? "windows-1252" : label;
        try
        {
            encoding = Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return false;
        }

        return encoding.CodePage is not (1200 or 1201 or 12000 or 12001);
    }

    [GeneratedRegex(@"\A\s*<\?xml\s[^>]*?\bencoding\s*=\s*[""'](?<label>[A-Za-z0-9._:\-]+)[""']", RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    // Both forms: <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex(@"<meta\s[^>]*?\bcharset\s*=\s*[""']?\s*(?<label>[A-Za-z0-9._:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
