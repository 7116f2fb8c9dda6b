namespace Provenance.Entities.Roles.Rules;

/// <summary>
/// A role phrase set off after a name by a comma, a dash or brackets: "Rustem Umerov, Zelensky's national security
/// adviser,", "Oleg Orlov (a former KGB officer)", "Anna Vos,
/// a member of the parliament's budget committee,", "Dmitri Patrushev—son of Nikolai Patrushev,", "Jan
/// Holm, one of the mayor's closest advisers since …" (the plural head is made singular). The phrase must
/// end at punctuation, the sentence end, a relative pronoun or an adjunct ("since …"); "Putin, Trump's envoy said"
/// gives nothing. An age or an adverb may come first ("X, 41, a former judge,", "X, now the party's leader,"). A head
/// that is not listed is taken when its ending names a person by what they do and a determiner or possessive
/// stands before it ("X, a party loyalist,"). Not handled: other unlisted heads ("X, a man who …"), the second of
/// two joined roles.
/// </summary>
internal sealed class AppositionAfterNameRule : IRoleRule
{
    public string Name => "apposition-after-name";

    public IEnumerable<RoleCandidate> Find(RoleContext context, int sentence)
    {
        var sentenceEnd = context.Sentences[sentence].End;
        foreach (var person in context.PersonsIn(sentence))
        {
            var separator = person.End;
            if (separator < sentenceEnd && RoleWords.PostNominals.Contains(context.Words[separator]))
            {
                separator++; // "Jane Doe OBE, a former colonel,"
            }

            if (separator + 1 >= sentenceEnd || context.Words[separator] is not ("," or "—" or "–" or "("))
            {
                continue;
            }

            var bracketed = context.Words[separator] == "(";

            var start = separator + 1;
            if (start + 1 < sentenceEnd && char.IsDigit(context.Words[start][0]) && context.Words[start + 1] == ",")
            {
                start += 2; // "Lena Park, 41, a former judge," (the age is AgeRule's).
            }

            while (start < sentenceEnd && context.IsWord(start, "now", "then", "also", "currently", "formerly", "once", "himself", "herself"))
            {
                start++;
            }

            if (!RolePhraseReader.TryReadForward(context, start, sentenceEnd, person, out var phrase, agentNouns: true)
                || phrase.Ending == PhraseEnd.Other)
            {
                continue;
            }

            // "X (a former KGB officer)": inside brackets the phrase must fill them.
            if (bracketed && !(phrase.End < sentenceEnd && context.Words[phrase.End] == ")"))
            {
                continue;
            }

            // A head guessed from its ending ("loyalist") needs a determiner or possessive before it.
            var listed = RoleWords.IsHead(context.Words[phrase.Head]) || RoleWords.SingularHead(context.Words[phrase.Head]) is not null;
            if (!listed && !RoleWords.Determiners.Contains(context.Words[start]) && phrase.Possessor is null && phrase.SpanFirst == phrase.First)
            {
                continue;
            }

            yield return new RoleCandidate(context.Tokens[phrase.SpanFirst].Start, context.Tokens[phrase.End - 1].End, person.Entity, RoleText.Render(context, phrase), Name);
        }
    }
}
