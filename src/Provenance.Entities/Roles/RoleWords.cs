namespace Provenance.Entities.Roles;

/// <summary>
/// The word lists the role rules read, compiled by the Provenance authors (lower case). Kept here rather than
/// in <c>Gazetteers/</c> because the tagger's features read those lists and the roles must not change them.
/// Heads are the nouns a role phrase ends in ("envoy", "minister", "son"); modifiers are the lower-case words a
/// title may carry before its head without any other sign that it is a title ("special", "former").
/// </summary>
internal static class RoleWords
{
    /// <summary>Nouns that name an office, a rank, an occupation in public life, or kinship.</summary>
    public static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        // Offices and titles.
        "president", "president-elect", "vice-president", "premier", "minister", "chancellor", "secretary",
        "secretary-general", "envoy", "emissary", "ambassador", "diplomat", "consul", "senator", "congressman",
        "congresswoman", "lawmaker", "legislator", "parliamentarian", "deputy", "governor", "mayor", "king", "queen",
        "prince", "princess", "tsar", "czar", "emperor", "monarch", "pope", "patriarch", "sheikh", "emir", "sultan",
        "ayatollah", "dictator", "autocrat", "director", "director-general", "chief", "chairman", "chairwoman",
        "chairperson", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "assistant",
        "counsellor", "counselor", "official", "officer", "functionary", "leader", "head", "speaker", "judge",
        "prosecutor", "attorney", "lawyer", "commissioner", "ombudsman", "councillor", "councilor", "delegate",
        "representative", "negotiator", "mediator", "administrator", "coordinator", "member", "politician",
        "candidate", "nominee", "incumbent", "predecessor", "successor", "boss", "treasurer", "comptroller", "auditor",
        "dean", "rector", "provost", "superintendent", "inspector", "envoy-designate", "ambassador-designate",
        // Ranks.
        "general", "gen.", "colonel", "col.", "lieutenant", "lt.", "captain", "capt.", "admiral", "adm.",
        "commander", "commander-in-chief", "marshal", "sergeant", "brigadier", "major", "sen.", "rep.", "gov.", "amb.",
        "sgt.", "maj.", "cmdr.", "supt.",
        // Occupations in public life.
        "journalist", "reporter", "correspondent", "editor", "editor-in-chief", "columnist", "commentator",
        "analyst", "author", "writer", "host", "presenter", "anchor", "blogger", "propagandist", "ideologist",
        "ideologue", "strategist", "economist", "historian", "scholar", "professor", "researcher", "fellow",
        "expert", "consultant", "lobbyist", "activist", "dissident", "founder", "co-founder", "owner", "ceo",
        "executive", "manager", "businessman", "businesswoman", "oligarch", "tycoon", "billionaire", "banker",
        "investor", "financier", "cleric", "bishop", "priest", "imam", "rabbi", "militant", "commando",
        "operative", "agent", "spy", "veteran", "pilot", "critic", "ally", "loyalist", "confidant", "confidante",
        "protégé", "protege", "rival", "opponent", "supporter", "campaigner", "whistleblower", "defector", "insider",
        "hardliner", "podcaster", "influencer", "vlogger", "architect", "mastermind", "henchman", "crony", "bodyguard", "chef", "physician",
        // Kinship.
        "son", "daughter", "wife", "husband", "father", "mother", "brother", "sister", "son-in-law",
        "daughter-in-law", "father-in-law", "mother-in-law", "brother-in-law", "sister-in-law", "nephew", "niece",
        "cousin", "uncle", "aunt", "grandson", "granddaughter", "grandfather", "grandmother", "widow", "widower",
        "stepson", "stepdaughter", "ex-wife", "ex-husband", "fiancée", "fiancé", "fiance", "fiancee",
    };

    /// <summary>Lower-case words that may stand before a head in a title with nothing else to show it is one.</summary>
    public static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "former", "ex", "acting", "interim", "deputy", "vice", "first", "second", "senior", "top", "chief", "special",
        "presidential", "national", "security", "foreign", "policy", "foreign-policy", "defense", "defence",
        "military", "political", "economic", "finance", "interior", "justice", "health", "trade", "energy",
        "freelance", "veteran", "longtime", "long-time", "long-term", "current", "retired", "outgoing", "incoming",
        "lead", "principal", "unofficial", "assistant", "associate", "executive", "managing", "founding",
        "self-styled", "self-proclaimed", "prime", "supreme", "high", "army", "navy", "intelligence", "press",
        "state", "regional", "local", "opposition", "investigative", "independent", "staff", "contributing",
        "news", "television", "radio", "newly", "appointed", "elected", "then", "de", "facto", "de-facto",
        "general", "commanding", "sitting", "junior", "peace",
    };

    /// <summary>Heads that are also common verbs ("to host Putin", "will head X"): alone before a name they need a determiner.</summary>
    public static readonly HashSet<string> VerbLikeHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "host", "head", "chair", "judge", "pilot", "spy", "lead", "counsel", "author", "father", "mother", "anchor", "agent",
    };

    /// <summary>Ranks that may follow an office in one title ("Army Chief of Staff General X"): two roles.</summary>
    public static readonly HashSet<string> Ranks = new(StringComparer.OrdinalIgnoreCase)
    {
        "general", "gen.", "admiral", "adm.", "colonel", "col.", "captain", "capt.", "marshal", "commander",
        "lieutenant", "lt.", "sergeant", "major",
    };

    /// <summary>Words that make one title with a following rank ("Secretary General", "Major General").</summary>
    public static readonly HashSet<string> RankCompounds = new(StringComparer.OrdinalIgnoreCase)
    {
        "secretary", "attorney", "surgeon", "governor", "inspector", "solicitor", "postmaster", "major", "lieutenant",
        "brigadier", "adjutant", "director", "accountant", "lt.", "vice", "rear",
    };

    /// <summary>Honours and post-nominal letters written after a name ("Jane Doe OBE").</summary>
    public static readonly HashSet<string> PostNominals = new(StringComparer.Ordinal)
    {
        "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "MP", "MEP", "QC", "KC", "FRS",
    };

    /// <summary>Capitalised words that do not belong to a title even when they stand right before one.</summary>
    public static readonly HashSet<string> NotTitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "but", "however", "meanwhile", "also", "then", "now", "when", "while", "after",
        "before", "since", "as", "at", "in", "on", "by", "with", "from", "for", "to", "of", "if", "so", "yet",
        "yesterday", "today", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir",
        "dame", "dr", "dr.", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our",
        "this", "that", "these", "those", "photo", "image", "file", "read", "watch", "see", "said", "says",
        "told", "asked", "according", "both", "even", "only", "just", "unlike", "like", "later", "earlier", "still",
        "instead", "elsewhere", "afterwards", "separately", "here", "there", "thus", "hence", "indeed",
    };

    /// <summary>Months and weekdays (with their usual abbreviations), which end a role's tail.</summary>
    public static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year",
        "today", "yesterday", "tomorrow",
    };

    /// <summary>Words a role phrase never contains: verbs, auxiliaries and clause words end it.</summary>
    public static readonly HashSet<string> Stoppers = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will",
        "would", "could", "can", "may", "might", "must", "should", "shall", "said", "says", "say", "told", "tells",
        "tell", "added", "noted", "stated", "wrote", "writes", "warned", "announced", "reported", "claimed",
        "who", "whom", "whose", "which", "that", "not", "no", "if", "because", "when", "where", "while",
        "although", "though", "but", "than", "he", "she", "they", "it", "we", "i", "you",
    };

    /// <summary>Prepositions that open the tail of a role ("minister of defence", "envoy to Russia").</summary>
    public static readonly HashSet<string> TailPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "for", "to", "on", "at", "in",
    };

    /// <summary>Prepositions that start an adjunct rather than more of the role ("since 2019", "during the war").</summary>
    public static readonly HashSet<string> AdjunctPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "since", "until", "till", "during", "after", "before", "from", "between", "about", "over", "with",
        "without", "under", "amid", "despite", "via", "by", "like", "including",
    };

    /// <summary>Words after which a role phrase can start when it is followed by a comma and a name.</summary>
    public static readonly HashSet<string> PhraseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "by", "with", "between", "and", "or", "from", "to", "for", "of", "as", "like", "including", "among", "on",
        "at", "in", "about", "than", "unlike", "alongside", "but", "while", "whom", "even", "also", "that",
    };

    /// <summary>Determiners a role phrase may start with; they are not part of the role.</summary>
    public static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "another",
    };

    /// <summary>The preposition that links a head to its possessor when the role is rewritten ("adviser to X").</summary>
    public static string LinkFor(string head) => head.ToLowerInvariant() switch
    {
        "adviser" or "advisor" or "aide" or "assistant" or "counsellor" or "counselor" => "to",
        _ => "of",
    };

    /// <summary>A head noun, also as the last part of a hyphenated word ("ex-president").</summary>
    public static bool IsHead(string word)
    {
        if (Heads.Contains(word))
        {
            return true;
        }

        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1 && Heads.Contains(word[(hyphen + 1)..]) && !char.IsDigit(word[0]);
    }

    /// <summary>
    /// A lower-case noun that by its ending names a person by what they do: "-er", "-or", "-ist", "-ian", "-ant",
    /// "-ent", "-man", "-woman" ("loyalist", "gopher", "point man"), minus common words with those endings.
    /// </summary>
    public static bool LooksLikeAgentNoun(string word)
    {
        if (word.Length < 5 || !char.IsLower(word[0]) || NotAgentNouns.Contains(word) || word.Contains('-', StringComparison.Ordinal))
        {
            return false;
        }

        return word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal)
            || word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal)
            || word.EndsWith("ant", StringComparison.Ordinal) || word.EndsWith("ent", StringComparison.Ordinal)
            || word.EndsWith("man", StringComparison.Ordinal) || word.EndsWith("woman", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> NotAgentNouns = new(StringComparer.Ordinal)
    {
        "other", "another", "former", "latter", "over", "under", "after", "never", "ever", "whether", "rather", "number",
        "order", "power", "border", "water", "matter", "paper", "letter", "center", "centre", "summer", "winter",
        "quarter", "chapter", "danger", "answer", "corner", "dinner", "manner", "murder", "offer", "river", "tower",
        "weather", "wonder", "theater", "theatre", "together", "however", "further", "either", "neither", "whatever",
        "whoever", "sooner", "later", "earlier", "longer", "larger", "greater", "better", "bigger", "smaller",
        "higher", "lower", "stronger", "weaker", "closer", "harder", "faster", "slower", "cheaper", "deeper", "wider",
        "proper", "clever", "tender", "remainder", "register", "disaster", "minister", "monster", "character",
        "cluster", "filter", "barrier", "carrier", "frontier", "soldier", "error", "mirror", "terror", "horror",
        "honor", "labor", "favor", "humor", "rumor", "vapor", "sector", "factor", "motor", "corridor", "mayor",
        "major", "minor", "floor", "door", "outdoor", "indoor", "behavior", "colour", "color", "anchor", "meteor",
        "tremor", "interior", "exterior", "superior", "inferior", "junior", "senior", "prior", "anterior",
        "posterior", "mentor", "ancestor", "tutor", "collector", "elevator", "indicator", "monitor", "monitoring",
        "scientist", "specialist", "against", "amidst", "assist", "exist", "insist", "resist", "consist", "persist",
        "persian", "median", "guardian", "civilian", "comedian", "meridian", "indian", "asian", "russian",
        "ukrainian", "canadian", "italian", "brazilian", "egyptian", "iranian", "syrian", "libyan", "venetian",
        "plant", "giant", "grant", "want", "restaurant", "instant", "constant", "important",
        "relevant", "significant", "vacant", "pleasant", "distant", "elegant", "arrogant", "abundant", "extant",
        "event", "intent", "content", "extent", "talent", "moment", "comment", "element", "statement", "agreement",
        "government", "parliament", "department", "movement", "treatment", "payment", "investment", "development",
        "management", "environment", "equipment", "document", "argument", "settlement", "percent", "recent", "current",
        "different", "independent", "present", "absent", "silent", "urgent", "evident", "frequent", "consistent",
        "sent", "spent", "went", "meant", "bent", "rent", "tent", "dent", "cent", "scent", "accent", "descent",
        "human", "woman", "german", "roman", "ottoman", "shaman", "talisman",
    };

    /// <summary>A head written in the plural ("one of Putin's aides"): its singular, else null.</summary>
    public static string? SingularHead(string word)
    {
        if (Heads.Contains(word))
        {
            return word;
        }

        string? singular = word switch
        {
            _ when word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) => word[..^3] + "y",
            _ when word.EndsWith("men", StringComparison.OrdinalIgnoreCase) => word[..^3] + "man",
            _ when word.EndsWith("s", StringComparison.OrdinalIgnoreCase) => word[..^1],
            _ => null,
        };
        return singular is not null && Heads.Contains(singular) ? singular : null;
    }
}
