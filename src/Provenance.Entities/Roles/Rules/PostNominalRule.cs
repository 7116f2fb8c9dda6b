namespace Provenance.Entities.Roles.Rules;

/// <summary>
/// Honours and post-nominal letters right after a name, or at the end of it when the tagger kept them in the
/// name: "Hamish Carter OBE" gives the role "OBE" (the list is <see cref="RoleWords.PostNominals"/>). Not
/// handled: academic degrees written with dots ("Ph.D.").
/// </summary>
internal sealed class PostNominalRule : IRoleRule
{
    public string Name => "post-nominal";

    public IEnumerable<RoleCandidate> Find(RoleContext context, int sentence)
    {
        var sentenceEnd = context.Sentences[sentence].End;
        foreach (var person in context.PersonsIn(sentence))
        {
            var inside = person.End - 1;
            if (person.End - person.First > 1 && RoleWords.PostNominals.Contains(context.Words[inside]))
            {
                yield return new RoleCandidate(context.Tokens[inside].Start, context.Tokens[inside].End, person.Entity, context.Words[inside], Name);
            }
            else if (person.End < sentenceEnd && RoleWords.PostNominals.Contains(context.Words[person.End]))
            {
                yield return new RoleCandidate(context.Tokens[person.End].Start, context.Tokens[person.End].End, person.Entity, context.Words[person.End], Name);
            }
        }
    }
}
