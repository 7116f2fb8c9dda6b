namespace Provenance.Ingest.Formats;

/// <summary>Reduces a language tag to the ISO 639 code that <see cref="Core.DocumentMetadata.Language"/> holds.</summary>
internal static class LanguageTag
{
    /// <summary><c>en-GB</c> and <c>en_US</c> become <c>en</c>; anything that is not a language code gives null.</summary>
    public static string? ToCode(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var code = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }
}
