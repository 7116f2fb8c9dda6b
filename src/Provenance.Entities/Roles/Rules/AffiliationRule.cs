using Provenance.Core.Annotations;

namespace Provenance.Entities.Roles.Rules;

/// <summary>
/// A name followed by "of" and an organisation: "Robert Skidelsky of Warwick University", "Jane Doe of the
/// Harbour Institute" give the role "of Warwick University" (the way analysts write affiliations). The
/// organisation must be a mention of type ORG and end the phrase (punctuation, "and", a verb). Not handled:
/// places ("Senator X of Ohio"), "at"-affiliations ("a fellow at …" is an apposition with a head).
/// </summary>
internal sealed class AffiliationRule : IRoleRule
{
    public string Name => "affiliation";

    public IEnumerable<RoleCandidate> Find(RoleContext context, int sentence)
    {
        var sentenceEnd = context.Sentences[sentence].End;
        foreach (var person in context.PersonsIn(sentence))
        {
            if (!context.IsWord(person.End, "of"))
            {
                continue;
            }

            var first = person.End + 1;
            if (context.IsWord(first, "the"))
            {
                first++;
            }

            if (context.MentionStartingAt(first) is not { } organisation || organisation.Mention.Type != EntityType.Organization
                || context.IsPossessiveMarker(organisation.End))
            {
                continue;
            }

            var after = organisation.End;
            var closes = after >= sentenceEnd || context.IsClosingMark(after) || context.IsWord(after, "and", "or")
                || RoleWords.Stoppers.Contains(context.Words[after]) || (!context.IsCapitalised(after) && LooksLikeVerb(context.Words[after]));
            if (!closes)
            {
                continue;
            }

            var role = "of " + RoleText.Render(context, organisation.First, organisation.End);
            yield return new RoleCandidate(context.Tokens[person.End].Start, context.Tokens[organisation.End - 1].End, person.Entity, role, Name);
        }
    }

    // "argue", "argues", "warned": a verb after the organisation closes the phrase.
    private static bool LooksLikeVerb(string word) =>
        word.EndsWith('s') || word.EndsWith("ed", StringComparison.Ordinal) || word is "argue" or "say" or "write" or "warn" or "believe" or "think";
}
