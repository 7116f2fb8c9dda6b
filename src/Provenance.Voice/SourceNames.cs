using System.Text.RegularExpressions;

namespace Provenance.Voice;

/// <summary>
/// Names the text a passage comes from. <see cref="FromLeadIn"/> reads the author's introduction ("This is
/// from Jamestown", "an analysis from a channel on Telegram", "in this Youtube"); <see cref="FromAttributions"/>
/// reads the passage's own attributions to an outlet ("sources tell Axios", "told the Daily Mail", "in an
/// interview with Frankfurter Allgemeine Zeitung", "Axios reported"), leaving out names the document shows
/// speaking ("Dmitriev said") and names with an office title, which are people, not publications.
/// </summary>
public static partial class SourceNames
{
    public static string? FromLeadIn(string leadIn)
    {
        ArgumentNullException.ThrowIfNull(leadIn);
        if (Platform(leadIn) is { } platform)
        {
            return platform;
        }

        foreach (var regex in new[] { FromName(), NameReports() })
        {
            foreach (Match match in regex.Matches(leadIn))
            {
                var name = Clean(match.Groups["x"].Value);
                if (name is not null)
                {
                    return name;
                }
            }
        }

        return null;
    }

    /// <summary>A social platform named in a lead-in; a channel on Telegram is a "Telegram channel".</summary>
    public static string? Platform(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = PlatformName().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var platform = match.Value.ToLowerInvariant() switch
        {
            "youtube" => "YouTube",
            "telegram" => "Telegram",
            "vk" or "vkontakte" => "VK",
            "twitter" => "Twitter",
            "facebook" => "Facebook",
            "instagram" => "Instagram",
            "tiktok" => "TikTok",
            "substack" => "Substack",
            _ => match.Value,
        };
        return platform == "Telegram" && text.Contains("channel", StringComparison.OrdinalIgnoreCase) ? "Telegram channel" : platform;
    }

    /// <summary>The outlet a passage attributes itself to most strongly; null when it names none.</summary>
    public static string? FromAttributions(IEnumerable<string> paragraphs, string wholeText)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(wholeText);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            var own = QuotedText.Outside(paragraph);
            foreach (var (regex, weight) in new[] { (InterviewWith(), 3.0), (ToledOutlet(), 2.0), (OutletReported(), 2.0), (AccordingTo(), 1.0) })
            {
                foreach (Match match in regex.Matches(own))
                {
                    var name = Clean(match.Groups["x"].Value);
                    if (name is null || IsShownSpeaking(name, wholeText))
                    {
                        continue;
                    }

                    if (!weights.ContainsKey(name))
                    {
                        order.Add(name);
                    }

                    weights[name] = weights.GetValueOrDefault(name) + weight;
                }
            }
        }

        return order.OrderByDescending(n => weights[n]).ThenBy(order.IndexOf).FirstOrDefault();
    }

    /// <summary>Trims a captured name and rejects what is no publication (pronouns, months, titled people).</summary>
    internal static string? Clean(string raw)
    {
        var name = raw.Trim().TrimEnd('.', ',', ':', ';', '’', '\'').Trim();
        if (name.EndsWith("’s", StringComparison.Ordinal) || name.EndsWith("'s", StringComparison.Ordinal))
        {
            name = name[..^2];
        }

        if (name.StartsWith("The ", StringComparison.Ordinal))
        {
            name = name[4..];
        }

        if (name.Length < 2 || NotAName().IsMatch(name) || TitledPerson().IsMatch(name))
        {
            return null;
        }

        return name;
    }

    private static bool IsShownSpeaking(string name, string text) =>
        Regex.IsMatch(text, @"\b" + Regex.Escape(name) + @"\s+(?:said|says|added|stated|argued|believes|thinks|explained|insisted)\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // Capitalised words; a dot only inside a word ("News.Az"), so a sentence's stop ends the name.
    private const string CapitalisedName = @"\p{Lu}(?:[\p{L}\p{N}&'’-]|\.(?=[\p{L}\p{N}]))*(?:\s+(?:of\s+|for\s+|the\s+)?\p{Lu}(?:[\p{L}\p{N}&'’-]|\.(?=[\p{L}\p{N}]))*){0,4}";

    [GeneratedRegex(@"\b(?:YouTube|Youtube|Telegram|VKontakte|VK|Twitter|Facebook|Instagram|TikTok)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlatformName();

    [GeneratedRegex(@"\bfrom\s+(?:the\s+)?(?<x>" + CapitalisedName + ")", RegexOptions.CultureInvariant)]
    private static partial Regex FromName();

    [GeneratedRegex(@"(?<x>" + CapitalisedName + @")\s+(?:reports|writes|wrote|reported|published|explains|notes)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameReports();

    [GeneratedRegex(@"\binterview\s+(?:with|to)\s+(?:the\s+)?(?<x>" + CapitalisedName + ")", RegexOptions.CultureInvariant)]
    private static partial Regex InterviewWith();

    [GeneratedRegex(@"\b(?:tells?|told|confirmed\s+to|speaking\s+to|said\s+to)\s+(?:the\s+)?(?<x>" + CapitalisedName + ")", RegexOptions.CultureInvariant)]
    private static partial Regex ToledOutlet();

    [GeneratedRegex(@"(?<x>" + CapitalisedName + @")\s+(?:reported|reports|has reported)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OutletReported();

    [GeneratedRegex(@"\baccording\s+to\s+(?:the\s+)?(?<x>" + CapitalisedName + ")", RegexOptions.CultureInvariant)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"^(?:He|She|It|They|We|I|You|This|That|These|Those|There|Here|A|An|His|Her|Their|Its|Our|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Russia|Ukraine|Europe|America|Moscow|Washington|Kyiv|Kiev)$", RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();

    [GeneratedRegex(@"\b(?:President|Minister|Secretary|Chancellor|Senator|Envoy|General|Ambassador|Spokesman|Spokeswoman|Prime|Chairman|Director|Dr|Mr|Mrs|Ms)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TitledPerson();
}
