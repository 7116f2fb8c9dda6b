using System.Text.RegularExpressions;

namespace Provenance.Ingest.Feeds;

/// <summary>
/// Reads an RSS 2.0 <c>&lt;author&gt;</c> value, which by convention is an email address followed by the name in
/// parentheses (<c>desk@example.org (Tomas Berg)</c>): the name is what a reader of the document wants. A bare
/// email address, or any other text, is kept as written.
/// </summary>
internal static partial class RssAuthor
{
    public static string? NameOf(string? author)
    {
        if (author is null)
        {
            return null;
        }

        var match = EmailThenName().Match(author);
        return match.Success ? match.Groups["name"].Value.Trim() : author;
    }

    [GeneratedRegex(@"^\s*[^\s@()]+@[^\s@()]+\s*\((?<name>[^()]*[^\s()][^()]*)\)\s*$")]
    private static partial Regex EmailThenName();
}
