using System.Text.RegularExpressions;

namespace Provenance.Voice;

/// <summary>
/// Expands an abbreviated source ("ISW") to the full name the document defines for it ("Institute for the
/// Study of War (ISW)"). Returns the abbreviation unchanged when the document does not define it.
/// </summary>
public static partial class Abbreviations
{
    public static string Expand(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        if (name.Length is < 2 or > 8 || !name.All(c => char.IsUpper(c) || c is '-' or '.'))
        {
            return name;
        }

        var definition = Regex.Match(text, Definition + @"\s*\(" + Regex.Escape(name) + @"\)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!definition.Success)
        {
            return name;
        }

        var full = LeadingConnector().Replace(definition.Groups["full"].Value.Trim(), "");
        return full.Length > name.Length ? full : name;
    }

    private const string Definition = @"(?<full>\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|for|of|the|and|on))*)";

    [GeneratedRegex(@"^(?:(?:the|for|of|and|on)\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingConnector();
}
