using Provenance.Core.Annotations;

namespace Provenance.Entities;

/// <summary>
/// Rules that fix the span the tagger proposes, so it holds the name alone as the guidelines want.
/// Each returns the candidate unchanged when it does not apply, or null when nothing of a name is left.
/// </summary>
internal static class MentionSpanRules
{
    /// <summary>
    /// Drops a run of titles, role words and their qualifiers that opens a person span: everything up to the
    /// last title word before the final token ("President Vladimir Putin" → "Vladimir Putin", "Defense Minister
    /// Boris Pistorius" → "Boris Pistorius", "Russian envoy Kirill Dmitriev" → "Kirill Dmitriev"). A one-word
    /// span is left alone. Does not split a title glued to a name by a hyphen, and drops a title word that is
    /// really a first name ("General" is rarely one).
    /// </summary>
    public static MentionCandidate? TrimLeadingTitles(MentionCandidate candidate, IReadOnlyList<string> words, Gazetteers gazetteers)
    {
        if (candidate.Type != EntityType.Person)
        {
            return candidate;
        }

        var first = candidate.FirstToken;
        for (var k = candidate.EndToken - 2; k >= candidate.FirstToken; k--)
        {
            if (gazetteers.Titles.Contains(words[k]))
            {
                first = k + 1;
                break;
            }
        }

        return first == candidate.FirstToken ? candidate : candidate with { FirstToken = first, Rule = candidate.Rule + "+title-trimmed" };
    }

    /// <summary>
    /// Drops a possessive ending: a trailing "'s" or "’s" token, a lone trailing apostrophe ("Witkoffs’" is left
    /// as written), or "'s" glued to the last word when the tokenizer kept it there.
    /// </summary>
    public static MentionCandidate? TrimPossessive(MentionCandidate candidate, IReadOnlyList<string> words)
    {
        var end = candidate.EndToken;
        while (end > candidate.FirstToken && words[end - 1] is "'s" or "’s" or "'" or "’" or "'S" or "’S")
        {
            end--;
        }

        if (end == candidate.FirstToken)
        {
            return null;
        }

        return end == candidate.EndToken ? candidate : candidate with { EndToken = end, Rule = candidate.Rule + "+possessive" };
    }

    /// <summary>Leading and trailing punctuation tokens ("“Putin", "NATO,"): a name starts and ends with a letter or digit.</summary>
    public static MentionCandidate? TrimPunctuation(MentionCandidate candidate, IReadOnlyList<string> words)
    {
        var first = candidate.FirstToken;
        var end = candidate.EndToken;
        while (first < end && !char.IsLetterOrDigit(words[first][0]))
        {
            first++;
        }

        while (end > first && !char.IsLetterOrDigit(words[end - 1][^1]) && words[end - 1][^1] != '.')
        {
            end--;
        }

        return first == end ? null : candidate with { FirstToken = first, EndToken = end };
    }
}
