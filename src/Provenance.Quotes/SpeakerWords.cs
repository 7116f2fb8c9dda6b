namespace Provenance.Quotes;

/// <summary>
/// Closed word lists for reading a speaker phrase: determiners that open a descriptor ("a", "two", "several"),
/// the nouns that head an anonymous source ("official", "sources", "a person familiar with ..."), role nouns
/// that refer back to a named person ("the envoy", "the minister"), nouns that refer back to an outlet
/// ("the agency", "the outlet"), pronouns, and title words stripped from names ("President", "Sen.").
/// </summary>
internal static class SpeakerWords
{
    public static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "one", "two", "three", "four", "five", "several", "some", "many", "other", "multiple",
        "his", "her", "their", "its", "these", "those", "both", "most", "few", "numerous", "various", "another",
    };

    /// <summary>Heads of anonymous-source descriptors; they stay as written ("a U.S. official").</summary>
    public static readonly HashSet<string> DescriptorHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "diplomat",
        "diplomats", "analyst", "analysts", "expert", "experts", "observer", "observers", "person", "people",
        "aide", "aides", "adviser", "advisers", "advisor", "advisors", "insider", "insiders", "journalist",
        "journalists", "interviewer", "reporter", "reporters", "media", "press", "report", "reports",
        "authorities", "government", "ministry", "commander", "commanders", "lawmaker", "lawmakers",
        "legislator", "legislators", "critic", "critics", "residents", "witness", "witnesses", "authors",
        "researchers", "scientists", "strategists", "investigators", "prosecutors", "police", "military",
        "statement", "tweet", "post", "study", "survey", "investigation", "intelligence", "side", "leaders",
        "members", "representative", "representatives", "negotiator", "negotiators", "allies", "officers",
        "officer", "bloggers", "milbloggers", "channels", "outlets", "tanks", "economists", "historians",
        "generals", "ministers", "administration", "envoys", "participants", "organizers", "supporters",
        "opponents", "voters", "activists", "campaigners", "correspondent", "commentators", "pundits",
        "assessment", "document", "memo", "service", "committee", "council", "institute", "agency", "readout", "letter", "briefing", "paper", "agencies", "services",
    };

    /// <summary>Role nouns: with "the" they usually refer back to a named person ("the Russian envoy").</summary>
    public static readonly HashSet<string> PersonRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "envoy", "minister", "president", "politician", "chancellor", "ambassador", "secretary", "senator",
        "governor", "mayor", "premier", "leader", "chief", "general", "colonel", "director", "negotiator",
        "congressman", "congresswoman", "lawmaker", "diplomat", "spokesman", "spokeswoman", "columnist",
        "author", "writer", "commentator", "analyst", "economist", "professor", "historian", "executive",
        "founder", "candidate", "nominee", "lawyer", "attorney", "head", "prime", "commander", "king", "queen",
        "pope", "emir", "prince", "billionaire", "businessman", "businesswoman", "host",
    };

    /// <summary>Nouns that refer back to the outlet last named ("the agency quoted ...").</summary>
    public static readonly HashSet<string> OutletReferences = new(StringComparer.OrdinalIgnoreCase)
    {
        "agency", "outlet", "publication", "newspaper", "broadcaster", "paper", "website", "site", "channel",
        "daily", "magazine", "network", "tabloid", "portal",
    };

    public static readonly HashSet<string> PersonPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she" };

    public static readonly HashSet<string> OtherPronouns = new(StringComparer.OrdinalIgnoreCase) { "it", "they" };

    /// <summary>The author's own voice: never a reported speaker.</summary>
    public static readonly HashSet<string> FirstPerson = new(StringComparer.OrdinalIgnoreCase) { "i", "we", "you", "me", "us" };

    /// <summary>Titles and offices written before a name ("Russian President Vladimir Putin").</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "prime", "minister", "secretary", "general", "chancellor", "senator", "sen", "sen.", "rep",
        "rep.", "governor", "gov.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "envoy",
        "ambassador", "spokesman", "spokeswoman", "spokesperson", "chief", "director", "defense", "defence",
        "foreign", "special", "deputy", "king", "queen", "pope", "colonel", "col.", "gen.", "lt.", "admiral",
        "commander", "head", "chairman", "chairwoman", "chair", "vice", "former", "acting", "interior",
        "finance", "economy", "justice", "state", "national", "security", "adviser", "advisor", "army",
        "staff", "of", "the", "speaker", "leader", "mayor", "judge", "justice", "sheikh", "emir", "prince",
        "premier", "presidential", "press", "top", "senior", "executive", "ceo", "founder", "us", "u.s.", "uk",
        "eu", "un", "nato", "kremlin", "white", "house", "state", "duma", "congressman", "congresswoman",
    };

    /// <summary>Nationality or place adjective written before a title ("Russian", "German", "U.S.").</summary>
    public static bool IsNationality(string word) =>
        (word.Length >= 5 && (word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
            || word.EndsWith("ean", StringComparison.Ordinal) || word.EndsWith("can", StringComparison.Ordinal)))
        || word is "British" or "Danish" or "Polish" or "Finnish" or "Swedish" or "Irish" or "Spanish" or "Kurdish"
            or "Scottish" or "English" or "Flemish" or "Jewish" or "Latvian" or "Estonian" or "Lithuanian" or "German" or "French" or "Dutch" or "Greek"
            or "Swiss" or "Thai" or "Iraqi" or "Israeli" or "Pakistani" or "Qatari" or "Saudi" or "Emirati"
            or "Turkish" or "Chinese" or "Russian" or "Ukrainian" or "Belarusian" or "Polish" or "Danish"
            or "Czech" or "Slovak" or "Kazakh" or "Uzbek" or "Afghan" or "Israeli" or "Yemeni" or "Kuwaiti"
            or "Omani" or "Bahraini" or "Nepali" or "Bangladeshi";

    /// <summary>Words that mark a name as an organisation rather than a person.</summary>
    public static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "service", "institute", "house", "foundation", "agency", "council", "committee",
        "department", "office", "party", "government", "kremlin", "pentagon", "army", "forces", "bank",
        "university", "center", "centre", "commission", "union", "organization", "organisation", "association",
        "group", "company", "corp", "inc", "news", "times", "post", "journal", "press", "media", "tass",
        "command", "staff", "administration", "parliament", "senate", "congress", "court", "police",
        "intelligence", "fund", "network", "channel", "radio", "tv", "television", "magazine", "review",
        "zeitung", "daily", "herald", "tribune", "gazette", "telegraph", "observer", "guardian", "monitor",
        "nato", "eu", "un", "cia", "fbi", "fsb", "isw", "reuters", "axios", "bloomberg", "politico", "interfax",
        "duma", "cabinet", "board", "authority", "guard", "navy", "embassy", "mission", "alliance", "federation",
        "republic", "state", "states", "city", "region", "oblast",
    };
}
