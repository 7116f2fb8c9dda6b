namespace Provenance.Quotes;

/// <summary>
/// The reporting verbs that introduce a statement ("said", "told", "warned", "believes") in all their
/// inflected forms, and the small words that may stand between a speaker and its verb ("has", "also").
/// A closed list, as in most attribution systems: verbs of saying, of stating a position and of cognition
/// that newsrooms use for attribution.
/// </summary>
internal static class SpeechCues
{
    private static readonly string[] Lemmas =
    [
        "say", "tell", "add", "warn", "stress", "confirm", "argue", "believe", "note", "state", "announce",
        "claim", "insist", "report", "explain", "acknowledge", "reiterate", "hint", "suggest", "conclude",
        "write", "predict", "reveal", "urge", "emphasize", "emphasise", "assert", "declare", "maintain", "deny",
        "admit", "estimate", "caution", "complain", "contend", "allege", "reply", "respond", "recall", "remark",
        "observe", "promise", "vow", "pledge", "threaten", "signal", "indicate", "disclose", "mention",
        "concede", "counter", "tweet", "think", "expect", "fear", "hope", "comment", "forecast", "suspect",
        "propose", "demand", "repeat", "underline", "underscore", "assure", "testify", "speculate", "lament",
        "boast", "summarize", "summarise", "agree", "remind", "ask", "accuse", "quote", "cite", "point",
    ];

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["said"] = "say", ["says"] = "say", ["saying"] = "say",
        ["told"] = "tell", ["tells"] = "tell", ["telling"] = "tell",
        ["wrote"] = "write", ["written"] = "write", ["writes"] = "write", ["writing"] = "write",
        ["thought"] = "think",
    };

    /// <summary>Verbs that take the clause after them as content ("said that ..."); "point" needs "out"/"to".</summary>
    private static readonly Dictionary<string, string> Forms = BuildForms();

    /// <summary>Participles that continue a statement with the same speaker (", saying ...", ", urging ...").</summary>
    private static readonly HashSet<string> ContinuationParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "saying", "adding", "urging", "noting", "warning", "arguing", "insisting", "contending", "hinting",
        "suggesting", "claiming", "stressing", "stating", "explaining", "asserting", "declaring", "predicting",
        "acknowledging", "emphasizing", "emphasising", "calling", "describing", "pointing",
    };

    /// <summary>Words that may stand between a speaker and its reporting verb ("Rutte has also warned").</summary>
    private static readonly HashSet<string> VerbGroupWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "also", "was", "were", "is", "are", "will", "would", "could", "may", "might",
        "previously", "repeatedly", "publicly", "once", "later", "earlier", "further", "then", "again",
        "reportedly", "recently", "already", "not", "did", "does", "do", "now", "however", "just", "even",
        "still", "separately", "privately", "openly", "first", "both", "all", "himself", "herself", "themselves",
        "been", "being", "reportedly", "explicitly", "flatly", "firmly", "strongly", "clearly", "bluntly",
    };

    private static Dictionary<string, string> BuildForms()
    {
        var forms = new Dictionary<string, string>(Irregular, StringComparer.OrdinalIgnoreCase);
        foreach (var lemma in Lemmas)
        {
            forms.TryAdd(lemma, lemma);
            forms.TryAdd(ThirdPerson(lemma), lemma);
            forms.TryAdd(Past(lemma), lemma);
            forms.TryAdd(Participle(lemma), lemma);
        }

        return forms;
    }

    private static string ThirdPerson(string lemma) =>
        lemma.EndsWith('y') && !lemma.EndsWith("ay", StringComparison.Ordinal) && !lemma.EndsWith("ey", StringComparison.Ordinal) ? lemma[..^1] + "ies"
        : lemma.EndsWith("ss", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) ? lemma + "es"
        : lemma + "s";

    private static string Past(string lemma) =>
        lemma.EndsWith('e') ? lemma + "d"
        : lemma.EndsWith('y') && !lemma.EndsWith("ay", StringComparison.Ordinal) && !lemma.EndsWith("ey", StringComparison.Ordinal) ? lemma[..^1] + "ied"
        : lemma is "admit" or "vow" ? (lemma == "admit" ? "admitted" : "vowed")
        : lemma + "ed";

    private static string Participle(string lemma) =>
        lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma + "ing"
        : lemma.EndsWith('e') ? lemma[..^1] + "ing"
        : lemma == "admit" ? "admitting"
        : lemma + "ing";

    /// <summary>True when <paramref name="word"/> is a form of a reporting verb; <paramref name="lemma"/> is its base form.</summary>
    public static bool TryGetLemma(ReadOnlySpan<char> word, out string lemma)
    {
        var lookup = Forms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var found))
        {
            lemma = found;
            return true;
        }

        lemma = "";
        return false;
    }

    public static bool IsContinuationParticiple(ReadOnlySpan<char> word) =>
        ContinuationParticiples.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsVerbGroupWord(ReadOnlySpan<char> word) =>
        VerbGroupWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Verbs whose first object is the person or outlet addressed ("told Axios that ...").</summary>
    public static bool TakesRecipient(string lemma) => lemma is "tell" or "remind" or "assure" or "warn" or "ask" or "inform" or "quote";

    /// <summary>Forms that are also common nouns; they count as verbs only after a clear speaker.</summary>
    public static bool IsAlsoNoun(ReadOnlySpan<char> word) =>
        word.Equals("report", StringComparison.OrdinalIgnoreCase) || word.Equals("reports", StringComparison.OrdinalIgnoreCase)
        || word.Equals("claims", StringComparison.OrdinalIgnoreCase) || word.Equals("claim", StringComparison.OrdinalIgnoreCase)
        || word.Equals("state", StringComparison.OrdinalIgnoreCase) || word.Equals("states", StringComparison.OrdinalIgnoreCase)
        || word.Equals("fear", StringComparison.OrdinalIgnoreCase) || word.Equals("fears", StringComparison.OrdinalIgnoreCase)
        || word.Equals("hope", StringComparison.OrdinalIgnoreCase) || word.Equals("hopes", StringComparison.OrdinalIgnoreCase)
        || word.Equals("comment", StringComparison.OrdinalIgnoreCase) || word.Equals("comments", StringComparison.OrdinalIgnoreCase)
        || word.Equals("promise", StringComparison.OrdinalIgnoreCase) || word.Equals("promises", StringComparison.OrdinalIgnoreCase)
        || word.Equals("demand", StringComparison.OrdinalIgnoreCase) || word.Equals("demands", StringComparison.OrdinalIgnoreCase)
        || word.Equals("forecast", StringComparison.OrdinalIgnoreCase) || word.Equals("point", StringComparison.OrdinalIgnoreCase)
        || word.Equals("note", StringComparison.OrdinalIgnoreCase) || word.Equals("quote", StringComparison.OrdinalIgnoreCase)
        || word.Equals("signal", StringComparison.OrdinalIgnoreCase) || word.Equals("counter", StringComparison.OrdinalIgnoreCase)
        || word.Equals("estimate", StringComparison.OrdinalIgnoreCase) || word.Equals("estimates", StringComparison.OrdinalIgnoreCase)
        || word.Equals("tweet", StringComparison.OrdinalIgnoreCase) || word.Equals("remark", StringComparison.OrdinalIgnoreCase)
        || word.Equals("remarks", StringComparison.OrdinalIgnoreCase) || word.Equals("vow", StringComparison.OrdinalIgnoreCase)
        || word.Equals("pledge", StringComparison.OrdinalIgnoreCase) || word.Equals("threat", StringComparison.OrdinalIgnoreCase);
}
