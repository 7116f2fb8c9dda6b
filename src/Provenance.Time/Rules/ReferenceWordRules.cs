using System.Text.RegularExpressions;
using Provenance.Core.Annotations;

namespace Provenance.Time.Rules;

/// <summary>
/// Words that point at the present, past or future without a date: "now", "right now", "currently",
/// "nowadays", "these days" (<c>PRESENT_REF</c>); "previously", "the past", "recently", "formerly", a
/// clause-opening "Earlier," (<c>PAST_REF</c>); "soon", "the future", "the near future" (<c>FUTURE_REF</c>).
/// Not "sooner", "now that" is kept (TimeML marks it), "the past week" is a duration (longer match wins).
/// </summary>
public static partial class ReferenceWordRules
{
    public static IEnumerable<TimexRule> All => [PresentWord, PastWord, FutureWord];

    /// <summary>
    /// The reference words as TimeBank annotates them (<see cref="TimexConvention.TimeBank"/>): "now", "currently",
    /// "recently", "the future"; not "previously", "formerly", "soon" or a clause-opening "Earlier,", which that
    /// corpus leaves untagged nearly every time.
    /// </summary>
    public static IEnumerable<TimexRule> TimeBank => [PresentWord, RecentlyWord, FutureNoun];

    /// <summary>"recently", "lately" (<c>PAST_REF</c>): the past words TimeBank tags.</summary>
    public static TimexRule RecentlyWord { get; } = new("ref.past",
        RecentlyWordPattern(),
        (_, _) => new TimexReading(TimexType.Date, TimexValues.PastRef));

    /// <summary>"the future", "the near future", "the foreseeable future", "the near term" after a preposition (<c>FUTURE_REF</c>); not "soon".</summary>
    public static TimexRule FutureNoun { get; } = new("ref.future",
        FutureNounPattern(),
        (_, _) => new TimexReading(TimexType.Date, TimexValues.FutureRef));

    /// <summary>"now", "right now", "just now", "currently", "nowadays", "these days", "at the moment", "at present".</summary>
    public static TimexRule PresentWord { get; } = new("ref.present",
        PresentWordPattern(),
        (_, _) => new TimexReading(TimexType.Date, TimexValues.PresentRef))
    {
        // "right" or "at the" before "now" or "moment" (1 run) and peeks after it.
        Anchor = new TimexAnchor(PresentAnchor(), 2, 4),
    };

    /// <summary>"previously", "recently", "formerly", "lately", "the past" (in/of/from the past), "Earlier," opening a clause.</summary>
    public static TimexRule PastWord { get; } = new("ref.past",
        PastWordPattern(),
        (_, _) => new TimexReading(TimexType.Date, TimexValues.PastRef))
    {
        // "the recent" before "past" (2 runs), " few" after it (1) and a peek.
        Anchor = new TimexAnchor(PastAnchor(), 3, 6),
    };

    /// <summary>"soon", "the future", "the near future", "the foreseeable future", "in the near term", "over the short term".</summary>
    public static TimexRule FutureWord { get; } = new("ref.future",
        FutureWordPattern(),
        (_, _) => new TimexReading(TimexType.Date, TimexValues.FutureRef))
    {
        // "the foreseeable" before "future" (2 runs) and a peek.
        Anchor = new TimexAnchor(FutureAnchor(), 3, 5),
    };

    [GeneratedRegex(@"\b(?:(?:right|just)\s+now|now|currently|nowadays|these\s+days|(?<=\bat\s+)the\s+moment|(?<=\bat\s+)present)\b(?!-)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PresentWordPattern();

    [GeneratedRegex(@"\b(?:previously|recently|formerly|lately|(?<=\b(?:in|of|from|than|into)\s+)the\s+(?:recent\s+|distant\s+)?past\b(?!\s+(?:few|two|three|four|five|six|seven|eight|nine|ten|[0-9]|week|month|year|decade|day|summer|winter|spring|autumn|fall)\b)|(?<=(?:^|[.!?•:;]\s*|\n\s*))Earlier(?=,))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PastWordPattern();

    [GeneratedRegex(@"\b(?:soon|(?<=\b(?:in|of|for|into|to)\s+)the\s+(?:near\s+|foreseeable\s+|distant\s+|immediate\s+)?future|(?<=\b(?:in|over|for)\s+)the\s+(?:near|short)\s+term)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex FutureWordPattern();

    [GeneratedRegex(@"\b(?:recently|lately)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex RecentlyWordPattern();

    [GeneratedRegex(@"(?:(?<=\b(?:in|of|for|into|to)\s+)the\s+(?:near\s+|foreseeable\s+|distant\s+|immediate\s+)?future|(?<=\b(?:in|over|for)\s+)the\s+(?:near|short)\s+term)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex FutureNounPattern();

    [GeneratedRegex("now|currently|these|moment|present", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex PresentAnchor();

    [GeneratedRegex("previously|recently|formerly|lately|past|earlier", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex PastAnchor();

    [GeneratedRegex("soon|future|term", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex FutureAnchor();
}
