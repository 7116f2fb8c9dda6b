namespace Provenance.Entities.Roles.Rules;

/// <summary>
/// A title written straight before a name: "Russian President Vladimir Putin", "U.S. Secretary of State Marco
/// Rubio", "FSB Deputy Director Sergei Korolev", "Trump's envoy Steve Witkoff" (the
/// role becomes "envoy of Donald Trump"), "Dutch freelance journalist Anna Vos". The title is the run of
/// capitalised words, listed lower-case modifiers and heads before the name; it must end in a head or in a head
/// with a capitalised "of"-tail ("Secretary of the Army"). A rank after an office gives two roles ("Army Chief of
/// Staff General Jan Holm": "Army Chief of Staff" and "General"). Not handled: titles separated from the name
/// by a comma (see <see cref="AppositionBeforeNameRule"/>), lower-case words that are neither listed nor follow a
/// possessive ("well-known" in "well-known columnist X" is left out of the role).
/// </summary>
internal sealed class TitleBeforeNameRule : IRoleRule
{
    private const int MaxTitleTokens = 14;

    public string Name => "title-before-name";

    public IEnumerable<RoleCandidate> Find(RoleContext context, int sentence)
    {
        var sentenceFirst = context.Sentences[sentence].First;
        foreach (var person in context.PersonsIn(sentence))
        {
            if (!TryReadTitle(context, person, sentenceFirst, out var title))
            {
                continue;
            }

            var spanStart = context.Tokens[title.SpanFirst].Start;
            var head = context.Words[title.Head];
            if (title.Head == person.First - 1 && RoleWords.Ranks.Contains(head) && title.Head > title.First
                && !RoleWords.RankCompounds.Contains(context.Words[title.Head - 1])
                && TryTitle(context, title.First, title.Head, title.Possessor, title.SpanFirst) is { } office)
            {
                // "Army Chief of Staff General": the office and the rank are two roles.
                yield return Candidate(context, office, person, spanStart);
                yield return new RoleCandidate(context.Tokens[title.Head].Start, context.Tokens[title.Head].End, person.Entity, head, Name);
                continue;
            }

            yield return Candidate(context, title, person, spanStart);
        }
    }

    private RoleCandidate Candidate(RoleContext context, RolePhrase title, MentionRef person, int spanStart) =>
        new(spanStart, context.Tokens[title.End - 1].End, person.Entity, RoleText.Render(context, title), Name);

    private static bool TryReadTitle(RoleContext context, MentionRef person, int sentenceFirst, out RolePhrase title)
    {
        title = default;
        var first = person.First;
        var spanFirst = -1;
        MentionRef? possessor = null;
        var t = person.First - 1;
        while (t >= sentenceFirst && person.First - t <= MaxTitleTokens)
        {
            var word = context.Words[t];
            if (context.IsPossessiveMarker(t) && context.MentionEndingAt(t - 1) is { } owner)
            {
                if (owner.IsPerson)
                {
                    possessor = owner;
                    spanFirst = owner.First;
                }
                else
                {
                    first = owner.First; // "Germany's Defense Minister": the place stays in the title.
                }

                break;
            }

            if (context.IsWord(t, "his", "her"))
            {
                possessor = context.ResolvePronoun(t, person);
                spanFirst = t;
                break;
            }

            if (context.MentionEndingAt(t) is { } mention)
            {
                if (mention.IsPerson)
                {
                    // "Trump envoy Steve Witkoff", "Putin aide Yuri Ushakov": a name right before a title owns it.
                    if (first < person.First && (!context.IsCapitalised(first) || RoleWords.IsHead(context.Words[first])))
                    {
                        possessor = mention;
                        spanFirst = mention.First;
                    }

                    break;
                }

                first = mention.First; // "NATO Secretary General", "Financial Times columnist".
                t = mention.First - 1;
                continue;
            }

            if (word == ")" && t - 2 >= sentenceFirst && context.Words[t - 2] == "(" && context.IsCapitalised(t - 1))
            {
                first = t - 2; // "(FSB)"
                t -= 3;
                continue;
            }

            if (context.IsPunctuation(t) || char.IsDigit(word[0]))
            {
                break;
            }

            if (context.IsCapitalised(t))
            {
                // "Recently President X": an adverb that opens the sentence is not part of the title.
                if ((RoleWords.NotTitleWords.Contains(word) || (t == sentenceFirst && word.EndsWith("ly", StringComparison.Ordinal))) && !RoleWords.IsHead(word))
                {
                    break;
                }

                first = t;
                t--;
                continue;
            }

            if (RoleWords.IsHead(word) || RoleWords.Modifiers.Contains(word) || IsConnector(context, t, first) || PossessiveShortlyBefore(context, t, sentenceFirst))
            {
                first = t;
                t--;
                continue;
            }

            break;
        }

        // A connector cannot start a title ("and Army Chief of Staff" starts at "Army").
        while (first < person.First && (IsConnectorWord(context.Words[first]) || RoleWords.Determiners.Contains(context.Words[first])))
        {
            first++;
        }

        if (first >= person.First)
        {
            return false;
        }

        if (TryTitle(context, first, person.First, possessor, spanFirst < 0 ? first : spanFirst) is not { } found)
        {
            return false;
        }

        // "to host Putin", "will head Ukraine's team": a verb, not a title, unless a determiner or possessive marks it.
        if (found.First == found.Head && found.End == found.Head + 1 && possessor is null && !context.IsCapitalised(found.Head)
            && RoleWords.VerbLikeHeads.Contains(context.Words[found.Head])
            && !(found.Head > sentenceFirst && RoleWords.Determiners.Contains(context.Words[found.Head - 1])))
        {
            return false;
        }

        title = found;
        return true;
    }

    /// <summary>The tokens [first, end) as a title: the last head must end it or be followed by a capitalised "of"/"for"/"on" tail.</summary>
    private static RolePhrase? TryTitle(RoleContext context, int first, int end, MentionRef? possessor, int spanFirst)
    {
        var head = -1;
        for (var t = end - 1; t >= first; t--)
        {
            if (RoleWords.IsHead(context.Words[t]))
            {
                head = t;
                break;
            }
        }

        if (head < 0)
        {
            return null;
        }

        if (head < end - 1)
        {
            if (!context.IsWord(head + 1, "of", "for", "on"))
            {
                return null;
            }

            for (var t = head + 2; t < end; t++)
            {
                if (!context.IsCapitalised(t) && !IsConnectorWord(context.Words[t]) && !context.IsPunctuation(t))
                {
                    return null;
                }
            }
        }

        return new RolePhrase(Math.Min(spanFirst, first), first, end, head, possessor, false, PhraseEnd.Other);
    }

    private static bool IsFunctionWord(string word) =>
        RoleWords.Stoppers.Contains(word) || RoleWords.Determiners.Contains(word) || RoleWords.PhraseOpeners.Contains(word)
        || RoleWords.TailPrepositions.Contains(word) || RoleWords.AdjunctPrepositions.Contains(word);

    private static bool IsConnectorWord(string word) => word is "of" or "for" or "on" or "and" or "the" or "&";

    /// <summary>"of", "for", "on", "and" between capitalised words; "the" right after one of those.</summary>
    private static bool IsConnector(RoleContext context, int t, int next)
    {
        var word = context.Words[t];
        if (!IsConnectorWord(word) || t == 0 || next >= context.Words.Length || !context.IsCapitalised(next))
        {
            return false;
        }

        return word == "the" ? context.IsWord(t - 1, "of", "for", "on") : context.IsCapitalised(t - 1);
    }

    /// <summary>An unlisted lower-case word is part of the title when a possessive stands within three words before it ("Putin's trusted adviser").</summary>
    private static bool PossessiveShortlyBefore(RoleContext context, int t, int sentenceFirst)
    {
        if (IsFunctionWord(context.Words[t]))
        {
            return false;
        }

        for (var k = t - 1; k >= sentenceFirst && k >= t - 3; k--)
        {
            if ((context.IsPossessiveMarker(k) && context.MentionEndingAt(k - 1) is not null) || context.IsWord(k, "his", "her"))
            {
                return true;
            }

            if (context.IsPunctuation(k) || context.IsCapitalised(k) || IsFunctionWord(context.Words[k]))
            {
                return false;
            }
        }

        return false;
    }
}
