namespace Provenance.Entities.Roles.Rules;

/// <summary>
/// A role phrase set off after a name: "Rustem Umerov, Zelensky's national security adviser,", "Andrey Kolesnik,
/// a member of the State Duma Committee on Defense,", "Dmitri Patrushev—son of Nikolai Patrushev,", "Dmitri
/// Kozak, one of Putin's most loyal administrators since …" (the plural head is made singular). The phrase must
/// end at punctuation, the sentence end, a relative pronoun or an adjunct ("since …"); "Putin, Trump's envoy said"
/// gives nothing. Not handled: appositions without a listed head noun ("X, a man who …"), coordinated roles.
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

            if (separator + 1 >= sentenceEnd || context.Words[separator] is not ("," or "—" or "–"))
            {
                continue;
            }

            if (!RolePhraseReader.TryReadForward(context, separator + 1, sentenceEnd, person, out var phrase)
                || phrase.Ending == PhraseEnd.Other)
            {
                continue;
            }

            yield return new RoleCandidate(context.Tokens[phrase.SpanFirst].Start, context.Tokens[phrase.End - 1].End, person.Entity, RoleText.Render(context, phrase), Name);
        }
    }
}
