using Provenance.Core.Annotations;

namespace Provenance.Entities;

/// <summary>
/// Gives every mention of a document the canonical name of what it refers to (the <c>entity</c> field), in
/// document order:
/// <list type="bullet">
/// <item>a listed alias takes its canonical name ("U.S." → "United States", "Kiev" → "Kyiv");</item>
/// <item>a one-word person mention joins the full name, introduced earlier, whose last word it is
/// ("Dmitriev" → "Kirill Dmitriev"); with two such people ("Nikolai Patrushev", "Dmitri Patrushev") it joins
/// the one named most recently; with none earlier, the first one later in the document;</item>
/// <item>a one-word first-name mention does not join anyone (too often a different person);</item>
/// <item>an all-capitals organisation acronym joins an organisation whose capitalised words have those initials
/// ("ISW" → "Institute for the Study of War");</item>
/// <item>anything else is its own canonical name, with whitespace runs made one space.</item>
/// </list>
/// Not handled: nicknames and transliteration variants without an alias entry ("Zelenskyy"), pronouns,
/// descriptions ("the envoy"), and people known by their first name.
/// </summary>
internal static class EntityGrouper
{
    private static readonly HashSet<string> AcronymSkipWords = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "for", "and", "on", "in", "&" };

    /// <summary>Canonical names for <paramref name="mentions"/> (surface text and type, in document order).</summary>
    public static string[] CanonicalNames(IReadOnlyList<(string Text, EntityType Type)> mentions, NameAliases aliases)
    {
        var result = new string[mentions.Count];
        var names = mentions.Select(m => Collapse(m.Text)).ToArray();
        for (var i = 0; i < mentions.Count; i++)
        {
            var (_, type) = mentions[i];
            var name = names[i];
            if (aliases.TryGetCanonical(name, out var canonical))
            {
                result[i] = canonical;
            }
            else if (type == EntityType.Person && !name.Contains(' '))
            {
                result[i] = FullNameFor(name, i, mentions, names) ?? name;
            }
            else if (type == EntityType.Organization && IsAcronym(name))
            {
                result[i] = ExpansionOf(name, mentions, names) ?? name;
            }
            else
            {
                result[i] = name;
            }
        }

        return result;
    }

    private static string? FullNameFor(string surname, int index, IReadOnlyList<(string Text, EntityType Type)> mentions, string[] names)
    {
        bool Matches(int j) =>
            mentions[j].Type == EntityType.Person
            && names[j].Contains(' ')
            && names[j].EndsWith(" " + surname, StringComparison.OrdinalIgnoreCase);

        for (var j = index - 1; j >= 0; j--)
        {
            if (Matches(j))
            {
                return names[j];
            }
        }

        for (var j = index + 1; j < mentions.Count; j++)
        {
            if (Matches(j))
            {
                return names[j];
            }
        }

        return null;
    }

    private static string? ExpansionOf(string acronym, IReadOnlyList<(string Text, EntityType Type)> mentions, string[] names)
    {
        for (var j = 0; j < mentions.Count; j++)
        {
            if (mentions[j].Type != EntityType.Organization || !names[j].Contains(' '))
            {
                continue;
            }

            var initials = string.Concat(names[j].Split(' ')
                .Where(w => w.Length > 0 && !AcronymSkipWords.Contains(w) && char.IsUpper(w[0]))
                .Select(w => w[0]));
            if (initials.Equals(acronym, StringComparison.Ordinal))
            {
                return names[j];
            }
        }

        return null;
    }

    private static bool IsAcronym(string name) => name.Length is >= 2 and <= 6 && name.All(char.IsUpper);

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
