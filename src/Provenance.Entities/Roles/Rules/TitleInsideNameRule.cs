namespace Provenance.Entities.Roles.Rules;

/// <summary>
/// A title the entity tagger kept inside a person's name: "Tsar Nicholas II", "King Harald" give the role "Tsar" /
/// "King" (the first word is a listed head noun, capitalised, and the name has more words). Not handled: titles
/// of more than one word inside a name.
/// </summary>
internal sealed class TitleInsideNameRule : IRoleRule
{
    public string Name => "title-inside-name";

    public IEnumerable<RoleCandidate> Find(RoleContext context, int sentence)
    {
        foreach (var person in context.PersonsIn(sentence))
        {
            var first = context.Words[person.First];
            if (person.End - person.First > 1 && context.IsCapitalised(person.First) && RoleWords.IsHead(first) && !RoleWords.Ranks.Contains(first))
            {
                yield return new RoleCandidate(context.Tokens[person.First].Start, context.Tokens[person.First].End, person.Entity, first, Name);
            }
        }
    }
}
