using System.Text.RegularExpressions;

namespace Provenance.Quotes;

/// <summary>
/// The names of one document, for speaker resolution without an entity layer: every capitalised run, the
/// acronyms the text defines ("Institute for the Study of War (ISW)"), and the fullest form of a name
/// ("Dmitriev" → "Kirill Dmitriev", titles such as "Russian President" left out).
/// Not handled: two different people sharing a surname (the longest name wins), nicknames, and names only
/// written in lower case.
/// </summary>
internal sealed partial class NameCatalog
{
    private const int MaxPersonNameWords = 2;

    private static readonly HashSet<string> Honours = new(StringComparer.Ordinal)
    {
        "OBE", "MBE", "CBE", "KBE", "MP", "MEP", "QC", "KC", "PhD", "MD", "Jr", "Jr.", "Sr", "Sr.", "II", "III",
    };

    private readonly Dictionary<string, string> _acronyms = new(StringComparer.Ordinal);
    private readonly List<string[]> _personNames = [];
    private readonly Dictionary<string, List<string[]>> _personsByLast = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> _personsByFirst = new(StringComparer.Ordinal);
    private readonly List<NameMention> _mentions;

    public NameCatalog(string text, TextWord[] words)
    {
        _text = text;
        _mentions = CapitalisedNameFinder.Find(text, words);
        foreach (Match match in AcronymDefinition().Matches(text))
        {
            var longName = OutletNames.StripArticle(match.Groups["long"].Value);
            var acronym = match.Groups["short"].Value;
            if (InitialsFit(longName, acronym))
            {
                _acronyms.TryAdd(acronym, longName);
            }
        }

        foreach (var mention in _mentions)
        {
            var person = IsOrganisation(mention.Text) || OutletNames.LooksLikeOutlet(mention.Text) ? TitledPersonAfterOrganisation(mention.Text) : PersonPart(mention.Text);
            if (person is { Length: >= 2 })
            {
                AddPerson(person);
            }
        }
    }

    // Indexed by last and first word so that a long document's lookups stay linear overall.
    private void AddPerson(string[] person)
    {
        _personNames.Add(person);
        Index(_personsByLast, person[^1], person);
        Index(_personsByFirst, person[0], person);
    }

    private static void Index(Dictionary<string, List<string[]>> index, string key, string[] person)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(person);
    }

    private Dictionary<string, int>? _genderVotes;
    private readonly string _text = "";

    /// <summary>
    /// What the text says of a person's gender: 'f' or 'm' from an honorific before the surname ("Ms. Olsen",
    /// "Mr. Berg") or a gendered title right before the name ("spokeswoman Anna Berg", "King Charles"), else '?'.
    /// First names are not guessed.
    /// </summary>
    public char GenderOf(string name)
    {
        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0 || _text.Length == 0)
        {
            return '?';
        }

        _genderVotes ??= CountGenderVotes(_text);
        return _genderVotes.TryGetValue(tokens[^1], out var votes) ? (votes > 0 ? 'f' : votes < 0 ? 'm' : '?') : '?';
    }

    // One pass over the text: +1 per female marker, -1 per male marker, for each name word after the marker.
    private static Dictionary<string, int> CountGenderVotes(string text)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match match in GenderedTitle().Matches(text))
        {
            var vote = match.Groups["f"].Success ? 1 : -1;
            foreach (var word in match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                votes[word] = votes.GetValueOrDefault(word) + vote;
            }
        }

        return votes;
    }

    [GeneratedRegex(@"\b(?:(?<f>Mrs|Ms|Miss|Madam|Lady|Queen|Princess|[Ss]pokeswoman|[Cc]hairwoman|[Cc]ongresswoman|[Bb]usinesswoman)|(?:Mr|Sir|Lord|King|Prince|[Ss]pokesman|[Cc]hairman|[Cc]ongressman|[Bb]usinessman))\.?\s+(?<name>\p{Lu}[\p{L}\-’']+(?:\s+\p{Lu}[\p{L}\-’']+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex GenderedTitle();

    /// <summary>Index of the first mention starting at or after <paramref name="position"/> (mentions are in text order).</summary>
    public int FirstMentionAtOrAfter(int position)
    {
        int low = 0, high = _mentions.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_mentions[mid].Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>
    /// Adds the canonical person names of an entity layer ("Mark Rutte" for every "Rutte"), so that a surname is
    /// resolved to the full name even when the full name only appears where the capitalised-run reading misses it.
    /// </summary>
    public void AddPersonNames(IEnumerable<string> canonicalNames)
    {
        foreach (var name in canonicalNames)
        {
            var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length >= 2 && tokens.Length <= MaxPersonNameWords + 2 && tokens.All(t => char.IsUpper(t[0]) || t.Length <= 3)
                && !IsOrganisation(name) && !OutletNames.LooksLikeOutlet(name))
            {
                AddPerson(tokens);
            }
        }
    }

    /// <summary>
    /// "NATO Secretary General Mark Rutte", "White House Press Secretary Karoline Leavitt": an organisation word
    /// before a title, then a person. The person part counts only when a title word stands right before it.
    /// </summary>
    private static string[]? TitledPersonAfterOrganisation(string run)
    {
        var person = PersonPart(run);
        if (person is not { Length: >= 2 } || IsOrganisation(string.Join(' ', person)) || OutletNames.LooksLikeOutlet(string.Join(' ', person)))
        {
            return null;
        }

        var tokens = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var before = tokens.Length - person.Length - 1;
        if (before < 0)
        {
            return null;
        }

        var title = tokens[before].ToLowerInvariant();
        return SpeakerWords.Titles.Contains(title) && title is not ("the" or "of" or "state" or "house" or "white" or "national" or "security")
            ? person : null;
    }

    public IReadOnlyList<NameMention> Mentions => _mentions;

    [GeneratedRegex(@"(?<long>\p{Lu}[\p{L}\-’']*(?:\s+(?:of|for|the|and|on|in|de|\p{Lu}[\p{L}\-’']*))*\s+\p{Lu}[\p{L}\-’']*)\s+\((?<short>\p{Lu}{2,6})\)", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymDefinition();

    /// <summary>
    /// The fullest form the document gives of <paramref name="name"/>: the expansion of an acronym, or the
    /// longest person name ending (or starting) with the same words; the name itself when nothing longer exists.
    /// </summary>
    public string Fullest(string name)
    {
        var trimmed = OutletNames.StripArticle(name.Trim());
        if (trimmed.Contains(" and ", StringComparison.Ordinal))
        {
            // "Anna Vos and Jan Holm of Leiden University": each person, without affiliations.
            var parts = trimmed.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.All(p => IsPerson(WithoutAffiliation(p))))
            {
                return string.Join(" and ", parts.Select(p => Fullest(WithoutAffiliation(p))));
            }
        }
        else if (WithoutAffiliation(trimmed) is var person && person != trimmed && IsPerson(person))
        {
            return Fullest(person);
        }

        if (_acronyms.TryGetValue(trimmed, out var expanded))
        {
            return expanded;
        }

        // "Russia’s RIA", "Germany’s Defense Minister Boris Pistorius": a possessive owner is not part of the name,
        // unless what follows is only a title ("Dagestan’s Interior Ministry" stays whole).
        var possessive = Math.Max(trimmed.LastIndexOf("’s ", StringComparison.Ordinal), trimmed.LastIndexOf("'s ", StringComparison.Ordinal));
        if (possessive > 0)
        {
            var owned = trimmed[(possessive + 3)..];
            if (OutletNames.LooksLikeOutlet(owned) || IsPerson(owned))
            {
                return Fullest(owned);
            }
        }

        var lastWord = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var isKnownSurname = _personsByLast.ContainsKey(lastWord);
        if (!isKnownSurname && (IsOrganisation(trimmed) || OutletNames.LooksLikeOutlet(trimmed)))
        {
            return trimmed;
        }

        var tokens = PersonPart(trimmed) ?? trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return trimmed;
        }

        string[]? best = null;
        var sameLast = _personsByLast.GetValueOrDefault(tokens[^1]) ?? [];
        var sameFirst = tokens.Length > 1 ? _personsByFirst.GetValueOrDefault(tokens[0]) ?? [] : [];
        foreach (var candidate in sameLast.Concat(sameFirst))
        {
            if (candidate.Length > tokens.Length && (EndsWith(candidate, tokens) || (tokens.Length >= 1 && StartsWith(candidate, tokens) && tokens.Length > 1))
                && (best is null || candidate.Length > best.Length))
            {
                best = candidate;
            }
        }

        return best is null ? string.Join(' ', tokens) : string.Join(' ', best);
    }

    /// <summary>
    /// A one-word name written once and one letter short of an outlet name the document uses at least twice
    /// ("Reuter reports" in a text about Reuters) is read as a typing slip for that outlet; anything else is returned
    /// as is. Only outlets: for people the longer form is often another name ("Ivan"/"Ivana", "Trump"/"the Trumps").
    /// </summary>
    public string CorrectSlip(string name)
    {
        if (name.Length < 3 || name.Contains(' ', StringComparison.Ordinal))
        {
            return name;
        }

        var own = 0;
        string? longer = null;
        var longerCount = 0;
        foreach (var mention in _mentions)
        {
            if (mention.Text.Equals(name, StringComparison.Ordinal))
            {
                own++;
            }
            else if (mention.Text.Length == name.Length + 1 && mention.Text.StartsWith(name, StringComparison.Ordinal) && char.IsLetter(mention.Text[^1]))
            {
                longer = mention.Text;
                longerCount++;
            }
        }

        return own <= 1 && longerCount >= 2 && OutletNames.LooksLikeOutlet(longer!) ? longer! : name;
    }

    private static string WithoutAffiliation(string name)
    {
        var of = name.IndexOf(" of ", StringComparison.Ordinal);
        return of > 0 ? name[..of] : name;
    }

    /// <summary>True when the name reads as a person: two or more name words, or a surname of such a name.</summary>
    public bool IsPerson(string name)
    {
        var trimmed = OutletNames.StripArticle(name.Trim());
        if (trimmed.Length == 0 || IsOrganisation(trimmed) || OutletNames.LooksLikeOutlet(trimmed) || _acronyms.ContainsKey(trimmed))
        {
            return false;
        }

        var person = PersonPart(trimmed);
        if (person is null)
        {
            return false;
        }

        if (person.Length >= 2)
        {
            return true;
        }

        foreach (var candidate in _personsByLast.GetValueOrDefault(person[^1]) ?? [])
        {
            if (EndsWith(candidate, person))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the name reads as an outlet, or the document only ever uses it as one word that no person carries.</summary>
    public static bool IsOrganisation(string name)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (SpeakerWords.OrganisationWords.Contains(word.TrimEnd('.')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The person-name words at the end of a capitalised run, without titles, offices and nationality
    /// adjectives before them ("Russian President Vladimir Putin" → "Vladimir Putin"); null when the run
    /// ends with a title word or holds no name word.
    /// </summary>
    public static string[]? PersonPart(string run)
    {
        var tokens = run.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // Post-nominal honours ("OBE", "MP") after a longer name.
        while (tokens.Count >= 2 && Honours.Contains(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        var taken = new List<string>();
        var core = 0;
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            var token = tokens[i];
            var lower = token.ToLowerInvariant();
            var isParticle = lower is "de" or "van" or "von" or "der" or "den" or "al" or "bin" or "la" or "le" or "du" or "da" or "di" or "del" or "dos";
            var isInitial = token.Length == 2 && token[1] == '.' && char.IsUpper(token[0]);
            if (isParticle || isInitial)
            {
                taken.Insert(0, token);
                continue;
            }

            if (SpeakerWords.Titles.Contains(lower) || SpeakerWords.IsNationality(token) || !char.IsUpper(token[0]) || core == MaxPersonNameWords)
            {
                break;
            }

            taken.Insert(0, token);
            core++;
        }

        return core == 0 ? null : [.. taken];
    }

    /// <summary>The person-like names that start in [<paramref name="from"/>, <paramref name="to"/>), latest last.</summary>
    public IEnumerable<NameMention> PersonMentionsBetween(int from, int to)
    {
        for (var i = FirstMentionAtOrAfter(from); i < _mentions.Count && _mentions[i].Start < to; i++)
        {
            if (IsPerson(_mentions[i].Text))
            {
                yield return _mentions[i];
            }
        }
    }

    private static bool EndsWith(string[] candidate, string[] tail)
    {
        for (var i = 1; i <= tail.Length; i++)
        {
            if (!string.Equals(candidate[^i], tail[^i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWith(string[] candidate, string[] head)
    {
        for (var i = 0; i < head.Length; i++)
        {
            if (!string.Equals(candidate[i], head[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool InitialsFit(string longName, string acronym)
    {
        var initials = string.Concat(longName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));
        return initials.Contains(acronym, StringComparison.Ordinal) || acronym.All(c => initials.Contains(c));
    }
}
