using System.Text.RegularExpressions;

namespace Provenance.Time;

/// <summary>
/// One named rule: a pattern that finds candidate spans and a reader that turns a match into a TIMEX3 type and
/// value against the <see cref="TimexContext"/>, or rejects it (returns null). The span is the whole match, or
/// the group named <c>span</c> when the pattern has one (so context can be matched without being included).
/// </summary>
public sealed class TimexRule
{
    private readonly Func<Match, TimexContext, TimexReading?> _read;

    /// <summary>A rule on a ready pattern: the default rules pass source-generated regexes, which cost nothing to set up.</summary>
    public TimexRule(string name, Regex pattern, Func<Match, TimexContext, TimexReading?> read)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(read);
        Name = name;
        Pattern = pattern;
        _read = read;
    }

    /// <summary>
    /// A rule on a pattern given as text (rules written outside this assembly): interpreted, culture-invariant,
    /// explicit captures only, two seconds' timeout per match.
    /// </summary>
    public TimexRule(string name, string pattern, Func<Match, TimexContext, TimexReading?> read, bool ignoreCase = false)
        : this(name, new Regex(pattern ?? throw new ArgumentNullException(nameof(pattern)), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None), TimeSpan.FromSeconds(2)), read)
    {
    }

    /// <summary>The rule's name, recorded on each timex it makes (<c>Timex.Rule</c>).</summary>
    public string Name { get; }

    public Regex Pattern { get; }

    /// <summary>
    /// Optional: the words every match needs and how far from them a match can reach, so the pattern is tried only
    /// near them (the default rules' patterns would otherwise be tried at nearly every letter). Null: everywhere.
    /// </summary>
    public TimexAnchor? Anchor { get; init; }

    /// <summary>The pattern's matches over <paramref name="text"/>, left to right, exactly as <c>Pattern.Matches(text)</c> finds them.</summary>
    public IEnumerable<Match> Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Anchor is null ? Pattern.Matches(text) : AnchoredScan.Matches(Pattern, Anchor, text);
    }

    public TimexReading? Read(Match match, TimexContext context) => _read(match, context);

    public override string ToString() => Name;
}
