namespace Provenance.Entities.Roles.Rules;

/// <summary>
/// A name as the subject of "is", "was", "remains", "became", "has been", "was appointed/named/elected (as)" with a
/// role phrase after it: "Marek
/// Halloran is the party's treasurer", "Witkoff was a real estate lawyer". The phrase must start with a
/// determiner, a possessive or its head, and end at punctuation, a relative pronoun or an adjunct; "Putin is not
/// a bad guy" and "Witkoff is leading the talks" give nothing. Not handled: a subject that is a pronoun, or a
/// name that is the object of a preposition ("the plan of Witkoff is …" is skipped on purpose).
/// </summary>
internal sealed class CopularRule : IRoleRule
{
    private static readonly HashSet<string> Copulas = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "remains", "remained", "became", "becomes",
    };

    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "now", "currently", "still", "once", "already", "officially", "formally", "been",
    };

    public string Name => "copular";

    public IEnumerable<RoleCandidate> Find(RoleContext context, int sentence)
    {
        var (sentenceFirst, sentenceEnd) = context.Sentences[sentence];
        foreach (var person in context.PersonsIn(sentence))
        {
            var verb = person.End;
            if (verb >= sentenceEnd || person.First > sentenceFirst && context.IsWord(person.First - 1, "of", "with", "by", "to", "for", "than"))
            {
                continue;
            }

            if (context.IsWord(verb, "has", "had") && context.IsWord(verb + 1, "been"))
            {
                verb++;
            }

            var appointed = false;
            if (context.IsWord(verb, "was", "been", "is") && context.IsWord(verb + 1, "appointed", "named", "elected", "made", "chosen", "confirmed"))
            {
                appointed = true;
                verb++; // "X was appointed defence minister", "X has been named as envoy".
                if (context.IsWord(verb + 1, "as"))
                {
                    verb++;
                }
            }
            else if (!Copulas.Contains(context.Words[verb]) && !context.IsWord(verb, "been"))
            {
                continue;
            }

            var start = verb + 1;
            while (start < sentenceEnd && Adverbs.Contains(context.Words[start]))
            {
                start++;
            }

            if (start >= sentenceEnd
                || !RolePhraseReader.TryReadForward(context, start, sentenceEnd, person, out var phrase)
                || phrase.Ending == PhraseEnd.Other)
            {
                continue;
            }

            // After "was appointed" the office usually stands bare ("was appointed deputy defence minister").
            var anchored = appointed || RoleWords.Determiners.Contains(context.Words[start]) || phrase.Possessor is not null
                || phrase.SpanFirst != phrase.First || phrase.Head == start;
            if (anchored)
            {
                yield return new RoleCandidate(context.Tokens[phrase.SpanFirst].Start, context.Tokens[phrase.End - 1].End, person.Entity, RoleText.Render(context, phrase), Name);
            }
        }
    }
}
