using System.Text;

namespace Provenance.Entities.Roles;

/// <summary>
/// Writes a role as text from its tokens: the words as the document spells them (spacing kept), quotation
/// marks dropped, each person named inside given their canonical name ("son of Nikolai Patrushev"), and a
/// person named by a possessive moved after the head ("Trump's envoy" becomes "envoy of Donald Trump").
/// </summary>
internal static class RoleText
{
    public static string Render(RoleContext context, RolePhrase phrase)
    {
        var headWord = context.Words[phrase.Head];
        if (phrase.Plural && RoleWords.SingularHead(headWord) is { } singular && !string.Equals(singular, headWord, StringComparison.OrdinalIgnoreCase))
        {
            headWord = MatchCase(singular, headWord);
        }

        var builder = new StringBuilder();
        if (phrase.Possessor is { } owner)
        {
            // Before a tail that says where or for what ("envoy of X to Russia"), after one that completes the
            // office ("chief of staff to X").
            var insertAt = phrase.Head + 1 < phrase.End && !context.IsWord(phrase.Head + 1, "of") ? phrase.Head + 1 : phrase.End;
            Append(context, builder, phrase.First, insertAt, phrase.Head, headWord);
            var link = context.IsWord(phrase.End - 1, "staff") ? "to" : RoleWords.LinkFor(headWord);
            builder.Append(' ').Append(link).Append(' ').Append(owner.Entity);
            Append(context, builder, insertAt, phrase.End, phrase.Head, headWord);
        }
        else
        {
            Append(context, builder, phrase.First, phrase.End, phrase.Head, headWord);
        }

        return builder.ToString().Trim();
    }

    /// <summary>The tokens [first, end) as written, quotation marks left out and persons by their canonical names.</summary>
    public static string Render(RoleContext context, int first, int end)
    {
        var builder = new StringBuilder();
        Append(context, builder, first, end, -1, null);
        return builder.ToString().Trim();
    }

    private static void Append(RoleContext context, StringBuilder builder, int first, int end, int head, string? headWord)
    {
        var pendingSpace = false;
        for (var t = first; t < end; t++)
        {
            if (context.IsQuoteMark(t) && !context.IsPossessiveMarker(t))
            {
                pendingSpace |= context.SpaceBefore(t) && t > first;
                continue;
            }

            var space = builder.Length > 0 && (pendingSpace || context.SpaceBefore(t));
            string word;
            if (context.MentionStartingAt(t) is { IsPerson: true } person && person.End <= end)
            {
                word = person.Entity;
                t = person.End - 1;
            }
            else
            {
                word = t == head && headWord is not null ? headWord : context.Words[t];
            }

            if (space)
            {
                builder.Append(' ');
            }

            builder.Append(word);
            pendingSpace = false;
        }
    }

    private static string MatchCase(string word, string model) =>
        model.Length > 0 && char.IsUpper(model[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;
}
