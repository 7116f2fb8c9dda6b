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

    public TimexRule(string name, string pattern, Func<Match, TimexContext, TimexReading?> read, bool ignoreCase = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(read);
        Name = name;
        // REVIEW: Compiled makes matching ~25x faster once warm, but compiling the whole rule set costs seconds
        // at first use; a [GeneratedRegex] rule set would remove that start-up cost.
        var options = RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture;
        if (ignoreCase)
        {
            options |= RegexOptions.IgnoreCase;
        }

        Pattern = new Regex(pattern, options, TimeSpan.FromSeconds(2));
        _read = read;
    }

    /// <summary>The rule's name, recorded on each timex it makes (<c>Timex.Rule</c>).</summary>
    public string Name { get; }

    public Regex Pattern { get; }

    public TimexReading? Read(Match match, TimexContext context) => _read(match, context);

    public override string ToString() => Name;
}
