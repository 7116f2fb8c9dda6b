using System.Globalization;
using System.Text.RegularExpressions;

namespace Provenance.Entities.Roles.Rules;

/// <summary>
/// Ages, written as "age N" or "age early 60s" like the gold: "Dmitriev, 50,", "Jane Doe (41)", "X, aged 50",
/// "X is just 50 years old", "X, who is 50", "the 50-year-old X", "X, a 50-year-old lawyer", "X is in his late
/// 60s", "X and Y, who are both in their 80s" (both get it), "ministers in their 40s, such as X or Y" (each
/// named example gets it). Ages outside 15–110 are ignored. Not handled: ages stated far from the name or
/// through a pronoun ("He is 50").
/// </summary>
internal sealed partial class AgeRule : IRoleRule
{
    private static readonly HashSet<string> Hedges = new(StringComparer.OrdinalIgnoreCase)
    {
        "just", "only", "now", "nearly", "almost", "about", "around", "barely", "aged", "age",
    };

    public string Name => "age";

    public IEnumerable<RoleCandidate> Find(RoleContext context, int sentence)
    {
        var (sentenceFirst, sentenceEnd) = context.Sentences[sentence];
        var found = new List<RoleCandidate>();
        foreach (var person in context.PersonsIn(sentence))
        {
            found.AddRange(AfterName(context, person, sentenceEnd));

            if (YearOldBefore(context, person, sentenceFirst) is { } before)
            {
                found.Add(before);
            }
        }

        found.AddRange(Exemplified(context, sentenceFirst, sentenceEnd));
        return found;
    }

    /// <summary>", 50,", "(41)", ", aged 50", " is 50 years old", ", who is 50", ", a 50-year-old", " is in his 60s", ", who are both in their 80s".</summary>
    private List<RoleCandidate> AfterName(RoleContext context, MentionRef person, int sentenceEnd)
    {
        List<RoleCandidate> none = [];
        var t = person.End;
        if (t >= sentenceEnd)
        {
            return none;
        }

        var plural = false;
        if (context.Words[t] is "," or "(")
        {
            t++;
            if (context.IsWord(t, "who"))
            {
                t++;
                plural = context.IsWord(t, "are", "were");
                if (!context.IsWord(t, "is", "was", "are", "were", "turned", "turns"))
                {
                    return none;
                }

                t++;
            }
        }
        else if (context.IsWord(t, "is", "was", "turned", "turns", "remains"))
        {
            t++;
        }
        else if (context.IsWord(t, "aged"))
        {
            // "X aged 50": the hedge loop below skips "aged".
        }
        else
        {
            return none;
        }

        var aged = false;
        while (t < sentenceEnd && (Hedges.Contains(context.Words[t]) || context.IsWord(t, "both", "all", "a", "an")))
        {
            aged |= context.IsWord(t, "aged", "age");
            plural |= context.IsWord(t, "both", "all");
            t++;
        }

        if (t >= sentenceEnd)
        {
            return none;
        }

        string? age = null;
        var last = t;
        if (YearOld(context.Words[t]) is { } yearOld)
        {
            age = yearOld;
        }
        else if (Number(context.Words[t]) is { } number)
        {
            var next = t + 1;
            if (context.IsWord(next, "years", "year") && context.IsWord(next + 1, "old"))
            {
                last = next + 1;
            }
            else if (next < sentenceEnd && !context.IsClosingMark(next) && !aged)
            {
                return none;
            }

            age = number;
        }
        else if (context.IsWord(t, "in") && Decade(context, t + 1, sentenceEnd) is { } decade)
        {
            age = decade.Age;
            last = decade.Last;
        }

        if (age is null)
        {
            return none;
        }

        var role = "age " + age;
        var span = (context.Tokens[person.End].Start, context.Tokens[last].End);
        List<RoleCandidate> roles = [new RoleCandidate(span.Item1, span.Item2, person.Entity, role, Name)];
        if (plural)
        {
            // "X and Y, who are both in their 80s": the age is said of everyone in the coordination.
            roles.AddRange(Coordinated(context, person).Select(other => new RoleCandidate(span.Item1, span.Item2, other.Entity, role, Name)));
        }

        return roles;
    }

    /// <summary>"the 50-year-old X", "50-year-old envoy X".</summary>
    private RoleCandidate? YearOldBefore(RoleContext context, MentionRef person, int sentenceFirst)
    {
        if (person.End < context.Words.Length && context.IsCapitalised(person.End) && context.MentionStartingAt(person.End) is null)
        {
            return null; // "60-year-old Harbour Board members": the "name" is the start of a longer capitalised phrase.
        }

        for (var t = person.First - 1; t >= sentenceFirst && t >= person.First - 4; t--)
        {
            if (YearOld(context.Words[t]) is { } age)
            {
                return new RoleCandidate(context.Tokens[t].Start, context.Tokens[t].End, person.Entity, "age " + age, Name);
            }

            if (context.IsPunctuation(t) || !(context.IsCapitalised(t) || RoleWords.IsHead(context.Words[t]) || RoleWords.Modifiers.Contains(context.Words[t])))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"… in their 40s, such as X or the party's Y, who …": each person named after "such as" / "including" / "like".</summary>
    private IEnumerable<RoleCandidate> Exemplified(RoleContext context, int sentenceFirst, int sentenceEnd)
    {
        for (var t = sentenceFirst; t + 2 < sentenceEnd; t++)
        {
            if (!context.IsWord(t, "in") || !context.IsWord(t + 1, "their") || Decade(context, t + 2, sentenceEnd) is not { } decade)
            {
                continue;
            }

            var k = decade.Last + 1;
            if (k < sentenceEnd && context.Words[k] == ",")
            {
                k++;
            }

            if (context.IsWord(k, "such") && context.IsWord(k + 1, "as"))
            {
                k += 2;
            }
            else if (context.IsWord(k, "including", "like"))
            {
                k++;
            }
            else
            {
                continue;
            }

            for (; k < sentenceEnd && !context.IsWord(k, "who", "which", ";"); k++)
            {
                if (context.PersonStartingAt(k) is { } person && !context.IsPossessiveMarker(person.End))
                {
                    yield return new RoleCandidate(context.Tokens[t].Start, context.Tokens[decade.Last].End, person.Entity, "age " + decade.Age, Name);
                    k = person.End - 1;
                }
            }
        }
    }

    /// <summary>The people joined to <paramref name="person"/> before it by "and" or a comma ("Lavrov and Putin's adviser Ushakov").</summary>
    private static IEnumerable<MentionRef> Coordinated(RoleContext context, MentionRef person)
    {
        var sentenceFirst = context.Sentences[context.SentenceOf(person.First)].First;
        var t = person.First - 1;
        while (t >= sentenceFirst)
        {
            // Skip the person's own title (and a possessor inside it) back to "and" or a comma.
            var steps = 0;
            while (t >= sentenceFirst && steps < 8 && !context.IsWord(t, "and", ",", "or"))
            {
                if (context.IsPunctuation(t) || RoleWords.Stoppers.Contains(context.Words[t]))
                {
                    yield break;
                }

                t--;
                steps++;
            }

            if (t < sentenceFirst || steps >= 8 || context.MentionEndingAt(t - 1) is not { IsPerson: true } other)
            {
                yield break;
            }

            yield return other;
            t = other.First - 1;
        }
    }

    private static (string Age, int Last)? Decade(RoleContext context, int t, int sentenceEnd)
    {
        if (context.IsWord(t, "his", "her", "their"))
        {
            t++;
        }

        if (t >= sentenceEnd)
        {
            return null;
        }

        var qualifier = "";
        var word = context.Words[t];
        if (word.ToLowerInvariant() is "early" or "mid" or "late" && t + 1 < sentenceEnd)
        {
            qualifier = word.ToLowerInvariant() + " ";
            t++;
            word = context.Words[t];
        }

        var match = DecadePattern().Match(word);
        if (!match.Success)
        {
            return null;
        }

        var q = match.Groups["q"].Success ? match.Groups["q"].Value.ToLowerInvariant() : qualifier.Trim();
        var value = match.Groups["d"].Value + "s";
        var age = q switch
        {
            "" => value,
            "mid" => "mid-" + value,
            _ => q + " " + value,
        };
        return (age, t);
    }

    private static string? YearOld(string word)
    {
        var match = YearOldPattern().Match(word);
        return match.Success && Number(match.Groups["n"].Value) is { } n ? n : null;
    }

    private static string? Number(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 15 and <= 110 ? n.ToString(CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^(?:(?<q>early|mid|late)-)?(?<d>[1-9]0)'?s$", RegexOptions.IgnoreCase)]
    private static partial Regex DecadePattern();

    [GeneratedRegex(@"^(?<n>\d{2,3})-years?-old$", RegexOptions.IgnoreCase)]
    private static partial Regex YearOldPattern();
}
