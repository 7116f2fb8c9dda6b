namespace Provenance.Entities.Roles.Rules;

/// <summary>
/// A role phrase set off before a name by a comma or a dash: "Zelensky's national security adviser, Rustem
/// Umerov" ("national security adviser to Volodymyr Zelensky"), "Putin's daughter, Ekaterina Tikhonova",
/// "his former boss, Anna Vos" (the "his" is the nearest person named before it), "The U.S. special envoy,
/// Steve Witkoff", "Another founder of the “Harbour” group, Jan Holm". The phrase must start the sentence or
/// clause, or follow a preposition or conjunction ("talks between …", "a statement by …"), so that "After meeting
/// the president, Zelensky said" gives nothing. A bare one-word phrase also needs punctuation after the name.
/// Not handled: phrases longer than about twenty tokens, coordinated roles.
/// </summary>
internal sealed class AppositionBeforeNameRule : IRoleRule
{
    private const int MaxPhraseTokens = 22;

    public string Name => "apposition-before-name";

    public IEnumerable<RoleCandidate> Find(RoleContext context, int sentence)
    {
        var (sentenceFirst, sentenceEnd) = context.Sentences[sentence];
        foreach (var person in context.PersonsIn(sentence))
        {
            // The tagger sometimes leaves a first name or patronymic out of the name ("Dmitry Anatolievich [Medvedev]").
            var nameFirst = person.First;
            while (nameFirst > sentenceFirst && person.First - nameFirst < 2 && context.IsCapitalised(nameFirst - 1)
                && !RoleWords.NotTitleWords.Contains(context.Words[nameFirst - 1]) && !RoleWords.IsHead(context.Words[nameFirst - 1])
                && context.MentionEndingAt(nameFirst - 1) is null)
            {
                nameFirst--;
            }

            var separator = nameFirst - 1;
            if (separator <= sentenceFirst || context.Words[separator] is not ("," or "—" or "–" or "-"))
            {
                continue;
            }

            for (var start = Math.Max(sentenceFirst, separator - MaxPhraseTokens); start < separator; start++)
            {
                if (!(CanOpenPhrase(context, start, sentenceFirst) || StartsWithPersonPossessive(context, start))
                    || !RolePhraseReader.TryReadForward(context, start, separator, person, out var phrase)
                    || phrase.End != separator)
                {
                    continue;
                }

                var words = phrase.End - phrase.First;
                var closedAfter = person.End >= sentenceEnd || context.IsClosingMark(person.End) || context.IsQuoteMark(person.End);
                if (words < 2 && phrase.Possessor is null && !closedAfter)
                {
                    break;
                }

                yield return new RoleCandidate(context.Tokens[phrase.SpanFirst].Start, context.Tokens[phrase.End - 1].End, person.Entity, RoleText.Render(context, phrase), Name);
                break;
            }
        }
    }

    /// <summary>"(interviewed) Putin's daughter, …", "(met) his adviser, …": a person's possessive opens the phrase anywhere.</summary>
    private static bool StartsWithPersonPossessive(RoleContext context, int start) =>
        context.IsWord(start, "his", "her")
        || (context.PersonStartingAt(start) is { } owner && context.IsPossessiveMarker(owner.End));

    private static bool CanOpenPhrase(RoleContext context, int start, int sentenceFirst)
    {
        if (start == sentenceFirst)
        {
            return true;
        }

        var before = start - 1;
        if (context.IsWord(before, "to") && context.IsWord(before - 1, "according"))
        {
            return false; // "According to a top official, Trump is hopeful": the official is someone else.
        }

        return context.IsClosingMark(before) || context.IsQuoteMark(before) || RoleWords.PhraseOpeners.Contains(context.Words[before]);
    }
}
