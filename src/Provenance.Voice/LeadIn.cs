using System.Text.RegularExpressions;

namespace Provenance.Voice;

/// <summary>
/// The author's introduction of a passage: a paragraph ending in a colon ("Here is the latest:", "Here:",
/// "This is from Jamestown … Here:", "… on his VK:") followed by a paragraph long enough to be a passage
/// (not a list item after "They are:"). A lead-in with a cue word (here, latest, following, from, reports,
/// writes, a platform name) is <see cref="LeadInStrength.Strong"/>; a bare colon is
/// <see cref="LeadInStrength.Weak"/> and only counts when the next paragraph sounds like reported copy.
/// The lead-in itself is the author's (GUIDELINES.md: a one-line lead-in is author).
/// </summary>
public static partial class LeadIn
{
    public static LeadInStrength Classify(string paragraph, string? next)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var trimmed = paragraph.TrimEnd();
        if (!trimmed.EndsWith(':') || next is null || ParagraphRegister.WordCount(next) < 12)
        {
            return LeadInStrength.None;
        }

        var lastSentence = LastSentence(trimmed);
        return Cue().IsMatch(lastSentence) || SourceNames.Platform(lastSentence) is not null
            ? LeadInStrength.Strong
            : LeadInStrength.Weak;
    }

    private static string LastSentence(string text)
    {
        var body = text[..^1];
        var stop = body.LastIndexOfAny(['.', '!', '?']);
        return stop < 0 ? text : text[(stop + 1)..];
    }

    [GeneratedRegex(@"\b(?:here|here’s|here's|latest|following|below|from|reads?|writes?|wrote|reports?|reported|says|said|put it|explains?|excerpt|see|we shall see|as follows|thus)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cue();
}

/// <summary>How clearly a paragraph introduces a passage.</summary>
public enum LeadInStrength
{
    None,
    Weak,
    Strong,
}
