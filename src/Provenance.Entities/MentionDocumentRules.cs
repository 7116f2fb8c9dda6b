using Provenance.Core.Annotations;

namespace Provenance.Entities;

/// <summary>
/// Rules over a mention and its document, applied after the span rules. Each says what it catches; the
/// mention's <c>Rule</c> records it.
/// </summary>
internal static class MentionDocumentRules
{
    /// <summary>
    /// The type a list gives the exact name, where the lists are more reliable than the tagger: organisations
    /// and outlets are ORG ("Kremlin", "White House"), countries and listed cities GPE ("US"), listed regions
    /// LOC. A person is retyped only by the country and city lists (subdivisions have many names that are
    /// also people's). Returns null when no list names the text.
    /// </summary>
    public static (EntityType Type, string Rule)? TypeFromLists(IReadOnlyList<string> words, EntityType current, Gazetteers gazetteers)
    {
        var name = string.Join(' ', words);
        if (gazetteers.Organisations.Contains(name))
        {
            return (EntityType.Organization, "org-list");
        }

        if (gazetteers.Locations.Contains(name) && !gazetteers.Places.Contains(name))
        {
            return (EntityType.Location, "loc-list");
        }

        if (current == EntityType.Person ? gazetteers.CountriesAndCities.Contains(name) : gazetteers.Places.Contains(name))
        {
            return (EntityType.GeopoliticalEntity, "gpe-list");
        }

        return null;
    }

    /// <summary>
    /// In a headline or title-case heading capitals say nothing, so a mention there is kept only when a list
    /// names it or each of its words is written capitalised inside an ordinary sentence of the document.
    /// Catches "Disinformation About War" in a heading; misses names that appear only in headings.
    /// </summary>
    public static bool IsTrustedInTitleLine(IReadOnlyList<string> words, DocumentCasing casing, Gazetteers gazetteers)
    {
        var name = string.Join(' ', words);
        if (gazetteers.Organisations.Contains(name) || gazetteers.Places.Contains(name) || gazetteers.Locations.Contains(name))
        {
            return true;
        }

        return words.All(w => !char.IsLetter(w[0]) || !char.IsUpper(w[0]) || casing.IsConfirmedName(w));
    }

    /// <summary>
    /// A single word in capitals that the document also writes as a lower-case word ("READ MORE" next to
    /// "more"), or a word web pages shout in their furniture ("MORE", "BREAKING", "WATCH"), is not a name.
    /// Acronyms never written in lower case ("NATO") stay; two-letter words stay ("US" beside "us" is usually
    /// the country).
    /// </summary>
    public static bool IsShoutedCommonWord(IReadOnlyList<string> words, DocumentCasing casing) =>
        words.Count == 1 && words[0].Length >= 3 && WordForms.IsAllCaps(words[0])
        && (casing.IsCommonWord(words[0]) || PageWords.Contains(words[0]));

    /// <summary>
    /// A one-word mention that is the last word of a person's full name found in the document is that person
    /// ("Putin" after "Vladimir Putin", whatever the tagger's type) unless a place list typed it. The
    /// organisation list gives way: a one-word company name is often a surname too ("Ford" after "Christine
    /// Blasey Ford").
    /// </summary>
    public static void PersonBySurname(List<MentionCandidate> candidates, IReadOnlyList<string> words)
    {
        var surnames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in candidates)
        {
            if (c.Type == EntityType.Person && c.TokenCount > 1)
            {
                surnames.Add(words[c.EndToken - 1]);
            }
        }

        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            if (c.Type != EntityType.Person && c.TokenCount == 1 && surnames.Contains(words[c.FirstToken])
                && (!c.Rule.Contains("-list", StringComparison.Ordinal) || c.Rule.EndsWith(":org-list", StringComparison.Ordinal)))
            {
                candidates[k] = c with { Type = EntityType.Person, Rule = c.Rule + "+surname" };
            }
        }
    }

    /// <summary>
    /// A multi-word organisation or outlet name from the lists ("Institute for the Study of War") replaces the
    /// tagger's mentions that overlap it, when its first word is capitalised. Single words are not added this
    /// way: too many are also common words ("Time", "Meta").
    /// </summary>
    public static void ListedOrganisations(List<MentionCandidate> candidates, string[] words, int first, int end, Gazetteers gazetteers)
    {
        var segment = new ArraySegment<string>(words, first, end - first);
        for (var i = 0; i < segment.Count; i++)
        {
            var length = gazetteers.Organisations.LongestMatchAt(segment, i);
            if (length < 2 || !char.IsUpper(segment[i][0]))
            {
                continue;
            }

            var start = first + i;
            var stop = start + length;
            candidates.RemoveAll(c => c.FirstToken < stop && start < c.EndToken);
            candidates.Add(new MentionCandidate(start, stop, EntityType.Organization, "org-list-phrase"));
            i += length - 1;
        }
    }

    /// <summary>
    /// Month and weekday names and their abbreviations ("Fri", "Dec", "Sun Dec") are dates, not names; the
    /// tagger sometimes takes them for organisations in forum headers and datelines.
    /// </summary>
    public static bool IsCalendarWord(IReadOnlyList<string> words) =>
        words.All(w => CalendarWords.Contains(w.TrimEnd('.')));

    /// <summary>
    /// One document, one type per name: when the tagger gives the same unlisted text different types, every
    /// mention takes the type most of them have ("Putin’s" tagged as a place once, a person three times).
    /// Ties keep each mention's own type.
    /// </summary>
    public static void MajorityType(List<MentionCandidate> candidates, IReadOnlyList<string> words)
    {
        var groups = candidates
            .Select((c, k) => (Key: string.Join(' ', Enumerable.Range(c.FirstToken, c.TokenCount).Select(i => words[i])), Index: k))
            .Where(x => !candidates[x.Index].Rule.Contains("-list", StringComparison.Ordinal))
            .GroupBy(x => x.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var votes = group.GroupBy(x => candidates[x.Index].Type).Select(g => (Type: g.Key, Count: g.Count())).OrderByDescending(v => v.Count).ToList();
            if (votes.Count < 2 || votes[0].Count == votes[1].Count)
            {
                continue;
            }

            foreach (var (_, index) in group)
            {
                var c = candidates[index];
                if (c.Type != votes[0].Type)
                {
                    candidates[index] = c with { Type = votes[0].Type, Rule = c.Rule + "+majority" };
                }
            }
        }
    }

    /// <summary>
    /// Tokens the tagger left out that the document names elsewhere: the surname of a person whose full name
    /// it gives ("the Trump administration" after "Donald Trump"), and, in headlines and headings where the
    /// tagger is unreliable, a listed country or city ("Ethnic Strife Resurgent in Russia"). Only capitalised
    /// tokens not already inside a mention are added.
    /// </summary>
    public static void RepeatedNames(List<MentionCandidate> candidates, string[] words, IReadOnlyList<(int First, int End)> sentences, DocumentCasing casing, Gazetteers gazetteers)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.Type == EntityType.Person && c.TokenCount > 1 && !gazetteers.Titles.Contains(words[c.EndToken - 1]))
            {
                surnames.Add(words[c.EndToken - 1]);
            }
        }

        var covered = new bool[words.Length];
        foreach (var c in candidates)
        {
            Array.Fill(covered, true, c.FirstToken, c.TokenCount);
        }

        for (var s = 0; s < sentences.Count; s++)
        {
            var (first, end) = sentences[s];
            for (var i = first; i < end; i++)
            {
                var word = words[i];
                if (covered[i] || word.Length < 2 || !char.IsUpper(word[0]))
                {
                    continue;
                }

                if (surnames.Contains(word))
                {
                    candidates.Add(new MentionCandidate(i, i + 1, EntityType.Person, "surname-repeated"));
                }
                else if (casing.IsTitleLikeSentence(s) && gazetteers.CountriesAndCities.Contains(word) && !WordForms.IsAllCaps(word))
                {
                    candidates.Add(new MentionCandidate(i, i + 1, EntityType.GeopoliticalEntity, "gpe-list-heading"));
                }
            }
        }

        candidates.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
    }

    /// <summary>
    /// A token that joins listed places with hyphens ("Russia-Ukraine war", "U.S.-Russia ties") names each of
    /// them: returns the character ranges (relative to the token) of the parts, or an empty list when some part
    /// is not a listed country or city.
    /// </summary>
    public static List<(int Start, int End)> HyphenatedPlaces(string token, Gazetteers gazetteers)
    {
        var parts = new List<(int, int)>();
        if (!token.Contains('-') || !char.IsUpper(token[0]))
        {
            return parts;
        }

        var start = 0;
        for (var i = 0; i <= token.Length; i++)
        {
            if (i == token.Length || token[i] == '-')
            {
                if (i == start || !gazetteers.CountriesAndCities.Contains(token[start..i]))
                {
                    return [];
                }

                parts.Add((start, i));
                start = i + 1;
            }
        }

        return parts.Count >= 2 ? parts : [];
    }

    // Compiled by us: words news sites write in capitals around articles.
    private static readonly HashSet<string> PageWords = new(StringComparer.Ordinal)
    {
        "MORE", "READ", "NEW", "BREAKING", "UPDATE", "UPDATED", "WATCH", "LIVE", "VIDEO", "PHOTO", "PHOTOS",
        "EXCLUSIVE", "OPINION", "ANALYSIS", "SHARE", "SUBSCRIBE", "ADVERTISEMENT", "BIG", "TOP", "LATEST",
        "ALSO", "SEE", "CLICK", "HERE", "EDITOR", "NOTE", "COMMENTS", "RELATED", "MENU", "SEARCH", "LOGIN",
    };

    private static readonly HashSet<string> CalendarWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    };
}
