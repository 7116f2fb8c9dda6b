namespace Provenance.Entities.Roles;

/// <summary>
/// Reads a role phrase left to right from a token: an optional determiner ("the", "a", "one of"), an optional
/// possessive ("Putin's", "his", "Russia's"), up to six words that end in a head noun from
/// <see cref="RoleWords.Heads"/> ("national security adviser"), and an optional tail opened by a preposition
/// ("of the parliament's budget committee"). It does not decide whether the phrase is about a given person:
/// the rules check what stands around it. Does not handle coordinated roles ("envoy and adviser": only the first
/// head is read).
/// </summary>
internal static class RolePhraseReader
{
    private const int MaxRunTokens = 7;
    private const int MaxTailTokens = 14;

    /// <param name="start">The first token of the phrase (a determiner, a possessive or the first word).</param>
    /// <param name="limit">The token the phrase may not reach (usually the end of the sentence).</param>
    /// <param name="subject">The person the phrase is about; a "his"/"her" in it never means them.</param>
    /// <param name="agentNouns">Also take an unlisted noun that names a person by what they do ("loyalist", "gopher") as the head;
    /// for appositions, whose commas and determiner already mark them.</param>
    public static bool TryReadForward(RoleContext context, int start, int limit, MentionRef? subject, out RolePhrase phrase, bool agentNouns = false)
    {
        phrase = default;
        var i = start;
        if (i >= limit)
        {
            return false;
        }

        var plural = false;
        if (RoleWords.Determiners.Contains(context.Words[i]))
        {
            i++;
        }
        else if (context.IsWord(i, "one") && context.IsWord(i + 1, "of"))
        {
            plural = true;
            i += 2;
            if (i < limit && RoleWords.Determiners.Contains(context.Words[i]))
            {
                i++;
            }
        }

        if (i >= limit)
        {
            return false;
        }

        var spanFirst = i;
        var first = i;
        MentionRef? possessor = null;
        if (context.IsWord(i, "his", "her"))
        {
            possessor = context.ResolvePronoun(i, subject);
            i++;
            first = i;
        }
        else if (TryFindPossessive(context, i, limit, out var owner, out var marker))
        {
            if (owner.IsPerson)
            {
                possessor = owner;
                first = marker + 1;
            }
            else
            {
                // "Russia's sovereign wealth fund": a place or organisation stays in the role as written.
                first = owner.First;
            }

            spanFirst = owner.First;
            i = marker + 1;
        }

        // The run of words up to the head: it must end with the head.
        var head = -1;
        var k = i;
        while (k < limit && k - i < MaxRunTokens)
        {
            var word = context.Words[k];
            if (context.IsQuoteMark(k))
            {
                k++;
                continue;
            }

            if (context.IsPossessiveMarker(k) && context.MentionEndingAt(k - 1) is null && k > i)
            {
                k++; // "the party's treasurer": a common noun's possessive is part of the role.
                continue;
            }

            if (context.IsClosingMark(k) || RoleWords.Stoppers.Contains(word) || RoleWords.Determiners.Contains(word)
                || RoleWords.TailPrepositions.Contains(word) || RoleWords.AdjunctPrepositions.Contains(word)
                || context.PersonStartingAt(k) is not null || context.IsPossessiveMarker(k))
            {
                break;
            }

            if (word is "and" or "or" or "&" && !(k > i && context.IsCapitalised(k - 1) && k + 1 < limit && context.IsCapitalised(k + 1)))
            {
                break;
            }

            if ((plural ? RoleWords.SingularHead(word) : RoleWords.IsHead(word) ? word : null) is not null
                || (agentNouns && !plural && RoleWords.LooksLikeAgentNoun(word)))
            {
                head = k;
            }

            k++;
        }

        // A name right after the head makes the head that name's title ("President Macron"), not this phrase's.
        if (head < 0 || LastNonQuote(context, i, k) != head || context.PersonStartingAt(k) is not null)
        {
            return false;
        }

        var end = head + 1;
        var stop = end;
        if (end < limit && RoleWords.TailPrepositions.Contains(context.Words[end]))
        {
            stop = ReadTail(context, end, limit);
            end = stop;
            while (end > head + 1 && (RoleWords.TailPrepositions.Contains(context.Words[end - 1]) || RoleWords.Determiners.Contains(context.Words[end - 1])
                || context.IsWord(end - 1, "and", "or") || context.IsQuoteMark(end - 1)))
            {
                end--;
            }

            if (end == head + 2 && RoleWords.TailPrepositions.Contains(context.Words[head + 1]))
            {
                end = head + 1;
            }
        }

        var ending = EndingAt(context, stop, limit);
        if (ending == PhraseEnd.Other && IsTimeWord(context.Words[stop]))
        {
            ending = PhraseEnd.Adjunct; // "minister in May": the tail was cut before the date.
        }

        phrase = new RolePhrase(spanFirst, first, end, head, possessor, plural, ending);
        return true;
    }

    /// <summary>What stands at <paramref name="stop"/>, the first token after a phrase.</summary>
    public static PhraseEnd EndingAt(RoleContext context, int stop, int limit)
    {
        if (stop >= limit)
        {
            return PhraseEnd.Limit;
        }

        if (context.IsClosingMark(stop) || context.IsQuoteMark(stop))
        {
            return PhraseEnd.Closing;
        }

        if (context.IsWord(stop, "who", "which", "whose", "whom"))
        {
            return PhraseEnd.Relative;
        }

        if (context.IsWord(stop, "and", "or") && stop + 1 < limit && !RoleWords.Stoppers.Contains(context.Words[stop + 1])
            && !context.Words[stop + 1].EndsWith("ly", StringComparison.Ordinal) && context.PersonStartingAt(stop + 1) is null)
        {
            return PhraseEnd.Conjunction;
        }

        return RoleWords.AdjunctPrepositions.Contains(context.Words[stop]) ? PhraseEnd.Adjunct : PhraseEnd.Other;
    }

    /// <summary>
    /// A possessive at the start of a phrase: a mention followed by "'s" within a few tokens, with only capitalised
    /// words (the owner's own title, "Ukrainian President Volodymyr Zelensky's") before the mention.
    /// </summary>
    private static bool TryFindPossessive(RoleContext context, int from, int limit, out MentionRef owner, out int marker)
    {
        owner = null!;
        marker = -1;
        for (var k = from + 1; k < limit && k <= from + 7; k++)
        {
            if (context.IsPossessiveMarker(k) && context.MentionEndingAt(k - 1) is { } found && found.First >= from)
            {
                for (var t = from; t < found.First; t++)
                {
                    if (!context.IsCapitalised(t) || RoleWords.NotTitleWords.Contains(context.Words[t]))
                    {
                        return false;
                    }
                }

                owner = found;
                marker = k;
                return true;
            }

            if (context.IsClosingMark(k) || RoleWords.Stoppers.Contains(context.Words[k]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Reads a prepositional tail from <paramref name="from"/>; returns the token where it stops.</summary>
    private static int ReadTail(RoleContext context, int from, int limit)
    {
        var t = from;
        while (t < limit && t - from < MaxTailTokens)
        {
            var word = context.Words[t];
            if (context.IsClosingMark(t) && !(word == "(" && t + 2 < limit && context.Words[t + 2] == ")"))
            {
                break;
            }

            if (word == "(")
            {
                t += 3; // A short bracketed abbreviation: "Federal Security Service (FSB)".
                continue;
            }

            if (RoleWords.Stoppers.Contains(word) || RoleWords.AdjunctPrepositions.Contains(word) || IsTimeWord(word))
            {
                break;
            }

            if (word is "and" or "or" && t + 1 < limit && !context.IsCapitalised(t + 1)
                && (RoleWords.Stoppers.Contains(context.Words[t + 1]) || context.Words[t + 1].EndsWith("ly", StringComparison.Ordinal)
                    || context.IsWord(t + 1, "also", "then", "now")))
            {
                break;
            }

            t++;
        }

        return Math.Min(t, limit);
    }

    /// <summary>A month, a weekday or a year: "in May", "on Monday", "in 2019" is when, not part of the role.</summary>
    private static bool IsTimeWord(string word) =>
        RoleWords.TimeWords.Contains(word) || (word.Length == 4 && word.All(char.IsDigit));

    private static int LastNonQuote(RoleContext context, int from, int end)
    {
        for (var t = end - 1; t >= from; t--)
        {
            if (!context.IsQuoteMark(t))
            {
                return t;
            }
        }

        return -1;
    }
}
