namespace Provenance.Entities.Roles.Rules;

/// <summary>
/// A byline: a line that is "By Jane Doe", "Author: Jane Doe" or "Written by Jane Doe" (the name ends the
/// sentence or is followed by punctuation or "and") gives the role "author of the article". When the entity tagger
/// did not see the name, two to four capitalised words that end the line are taken as it (rule
/// "byline:unrecognised-name", the entity is then the name as written). Not handled:
/// bylines inside running text, several authors (only the first is read), photo and translation credits.
/// </summary>
internal sealed class BylineRule : IRoleRule
{
    public const string Role = "author of the article";

    public string Name => "byline";

    public IEnumerable<RoleCandidate> Find(RoleContext context, int sentence)
    {
        var (first, end) = context.Sentences[sentence];
        var t = first;
        if (context.IsWord(t, "by"))
        {
            t++;
        }
        else if (context.IsWord(t, "written", "words") && context.IsWord(t + 1, "by"))
        {
            t += 2;
        }
        else if (context.IsWord(t, "author", "authors") && t + 1 < end && context.Words[t + 1] == ":")
        {
            t += 2;
        }
        else
        {
            yield break;
        }

        if (context.PersonStartingAt(t) is { } person)
        {
            if (person.End >= end || context.IsClosingMark(person.End) || context.IsWord(person.End, "and", "|"))
            {
                yield return new RoleCandidate(context.Tokens[first].Start, context.Tokens[person.End - 1].End, person.Entity, Role, Name);
            }

            yield break;
        }

        // The tagger missed the name: two to four capitalised words that end the line are taken as it.
        var nameEnd = t;
        while (nameEnd < end && nameEnd - t < 4 && context.IsCapitalised(nameEnd) && context.MentionCovering(nameEnd) is null
            && !RoleWords.NotTitleWords.Contains(context.Words[nameEnd]) && !context.IsPunctuation(nameEnd))
        {
            nameEnd++;
        }

        if (nameEnd - t >= 2 && nameEnd == end)
        {
            var name = context.Text[context.Tokens[t].Start..context.Tokens[nameEnd - 1].End];
            yield return new RoleCandidate(context.Tokens[first].Start, context.Tokens[nameEnd - 1].End, name, Role, Name + ":unrecognised-name");
        }
    }
}
