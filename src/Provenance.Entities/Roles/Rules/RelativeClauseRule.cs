namespace Provenance.Entities.Roles.Rules;

/// <summary>
/// A relative clause right after a name that says what the person does: "Dmitriev, who runs Russia's sovereign
/// wealth fund" ("head of Russia's sovereign wealth fund"; also heads, leads, chairs, directs, oversees),
/// "X, who founded Y" ("founder of Y"), "X, who advises Y" ("adviser to Y"), "X, who has negotiated for both
/// parties" ("negotiator for parties"), "X, who is the party's treasurer" / "who served as ambassador" (the role
/// phrase itself). Ages ("who is 50") are <see cref="AgeRule"/>'s. Not handled: other verbs (their clauses say
/// what someone did, not what they are), relative clauses far from the name.
/// </summary>
internal sealed class RelativeClauseRule : IRoleRule
{
    private const int MaxObjectTokens = 10;

    private static readonly Dictionary<string, string> AgentByVerb = new(StringComparer.OrdinalIgnoreCase)
    {
        ["runs"] = "head of", ["ran"] = "head of", ["run"] = "head of",
        ["heads"] = "head of", ["headed"] = "head of",
        ["leads"] = "head of", ["led"] = "head of",
        ["chairs"] = "chair of", ["chaired"] = "chair of",
        ["directs"] = "director of", ["directed"] = "director of",
        ["manages"] = "manager of", ["managed"] = "manager of",
        ["oversees"] = "head of", ["oversaw"] = "head of",
        ["commands"] = "commander of", ["commanded"] = "commander of",
        ["founded"] = "founder of", ["co-founded"] = "co-founder of",
        ["owns"] = "owner of", ["owned"] = "owner of",
        ["represents"] = "representative of", ["represented"] = "representative of",
        ["advises"] = "adviser to", ["advised"] = "adviser to",
    };

    private static readonly Dictionary<string, string> AgentByVerbFor = new(StringComparer.OrdinalIgnoreCase)
    {
        ["negotiated"] = "negotiator for", ["negotiates"] = "negotiator for",
        ["works"] = "employee of", ["worked"] = "employee of",
        ["speaks"] = "spokesperson for", ["spoke"] = "spokesperson for",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "had", "have", "also", "now", "currently", "still", "once", "previously", "formerly", "long", "since",
    };

    public string Name => "relative-clause";

    public IEnumerable<RoleCandidate> Find(RoleContext context, int sentence)
    {
        var sentenceEnd = context.Sentences[sentence].End;
        foreach (var person in context.PersonsIn(sentence))
        {
            var who = person.End + 1;
            if (who >= sentenceEnd || context.Words[person.End] != "," || !context.IsWord(who, "who"))
            {
                continue;
            }

            var verb = who + 1;
            while (verb < sentenceEnd && Auxiliaries.Contains(context.Words[verb]))
            {
                verb++;
            }

            if (verb >= sentenceEnd)
            {
                continue;
            }

            if (TryRole(context, verb, sentenceEnd, person) is { } found)
            {
                yield return new RoleCandidate(context.Tokens[who].Start, context.Tokens[found.End - 1].End, person.Entity, found.Role, Name);
            }
        }
    }

    private static (string Role, int End)? TryRole(RoleContext context, int verb, int sentenceEnd, MentionRef person)
    {
        var word = context.Words[verb];
        if (AgentByVerb.TryGetValue(word, out var agent))
        {
            return Object(context, verb + 1, sentenceEnd) is { } end ? ($"{agent} {RoleText.Render(context, SkipBoth(context, verb + 1), end)}", end) : null;
        }

        if (AgentByVerbFor.TryGetValue(word, out var agentFor) && context.IsWord(verb + 1, "for"))
        {
            return Object(context, verb + 2, sentenceEnd) is { } end ? ($"{agentFor} {RoleText.Render(context, SkipBoth(context, verb + 2), end)}", end) : null;
        }

        var phraseStart = context.IsWord(verb, "is", "was", "serves", "served", "works", "worked", "acts", "acted", "became", "becomes")
            ? verb + 1
            : -1;
        if (phraseStart > 0 && context.IsWord(phraseStart, "as"))
        {
            phraseStart++;
        }

        if (phraseStart > 0 && RolePhraseReader.TryReadForward(context, phraseStart, sentenceEnd, person, out var phrase) && phrase.Ending != PhraseEnd.Other)
        {
            return (RoleText.Render(context, phrase), phrase.End);
        }

        return null;
    }

    /// <summary>The end of a verb's object: up to punctuation, a clause word or "and" before another verb.</summary>
    private static int? Object(RoleContext context, int from, int sentenceEnd)
    {
        var t = from;
        while (t < sentenceEnd && t - from < MaxObjectTokens)
        {
            var word = context.Words[t];
            if (context.IsClosingMark(t) || RoleWords.Stoppers.Contains(word) || RoleWords.AdjunctPrepositions.Contains(word))
            {
                break;
            }

            if (word is "and" or "or" && t + 1 < sentenceEnd && (RoleWords.Stoppers.Contains(context.Words[t + 1]) || Auxiliaries.Contains(context.Words[t + 1])
                || context.Words[t + 1].EndsWith("ly", StringComparison.Ordinal) || context.Words[t + 1].EndsWith("ed", StringComparison.Ordinal)
                || context.Words[t + 1].EndsWith('s')))
            {
                break;
            }

            t++;
        }

        return t > from && t - from < MaxObjectTokens ? t : null;
    }

    private static int SkipBoth(RoleContext context, int from) => context.IsWord(from, "both", "either") ? from + 1 : from;
}
