using System.Text.RegularExpressions;
using Provenance.Core;
using Provenance.Core.Annotations;
using Provenance.Pipeline;

namespace Provenance.Time;

/// <summary>
/// Finds temporal expressions and normalises them to TIMEX3 values (GUIDELINES.md, "timex"), filling the
/// <c>timex</c> layer. Works in three steps: every rule of a <see cref="TimexRuleSet"/> proposes spans on the raw
/// text; overlapping proposals are settled by length, then rule order; the kept spans are read in text order so
/// that "two days later" counts from the date just mentioned, "that year" from the year just mentioned and "the
/// quarter" or "a year earlier" from the quarter just mentioned (business news). Relative expressions resolve against the
/// document's <see cref="Document.ReferenceDate"/>, else a dateline in the first lines (<see cref="TimeOptions"/>),
/// else they stay underspecified (<c>XXXX-WXX-2</c>). <see cref="TimeOptions.Convention"/> picks our guidelines'
/// or TimeBank's reading of reference adverbs ("previously", "soon"). The rules' regexes are source-generated,
/// so creating the annotator costs nothing and the first document is not slowed by regex compilation.
/// Uses the <c>sentences</c> layer when present to judge tense (falls back to punctuation). Each timex carries
/// the name of the rule that made it. Does not handle non-English text, event-anchored expressions ("two days
/// after the vote"), or TIMEX3 <c>mod</c>/<c>anchorTimeID</c> attributes.
/// </summary>
public sealed class TimeAnnotator : IAnnotator
{
    private readonly TimeOptions _options;
    private readonly IReadOnlyList<TimexRule> _rules;

    public TimeAnnotator(TimeOptions? options = null, IReadOnlyList<TimexRule>? rules = null)
    {
        _options = options ?? TimeOptions.Default;
        _rules = rules ?? TimexRuleSet.For(_options.Convention);
    }

    public string Name => "time.rules";

    public IReadOnlyList<LayerKey> Requires => [];

    public IReadOnlyList<LayerKey> Uses => [Layers.Sentences];

    public LayerKey Produces => Layers.Timex;

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Get(Layers.Sentences).Select(s => (s.Start, s.End)).ToArray();
        var found = Find(document.Text, document.ReferenceDate, sentences, cancellationToken);
        return document.With(Layers.Timex, found);
    }

    /// <summary>
    /// The timexes of <paramref name="text"/> against <paramref name="reference"/> (null: a dateline if the options
    /// allow, else underspecified). <paramref name="sentences"/> may be empty.
    /// </summary>
    public IReadOnlyList<Timex> Find(string text, DateOnly? reference, IReadOnlyList<(int Start, int End)>? sentences = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentenceAt = SentenceLocator(text, sentences ?? []);
        if (reference is null && _options.UseDateline)
        {
            reference = FindDateline(text, sentenceAt, cancellationToken);
        }

        var context = new TimexContext(text, reference, sentenceAt);
        var chosen = Choose(Propose(text, context, cancellationToken));
        var result = new List<Timex>(chosen.Count);
        foreach (var candidate in chosen.OrderBy(c => c.Start))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reading = SafeRead(candidate.Rule, candidate.Match, context);
            if (reading is null)
            {
                continue;
            }

            result.Add(new Timex(candidate.Start, candidate.End, reading.Type, reading.Value, candidate.Rule.Name));
            if (_options.FollowTextAnchor)
            {
                context.LastDay = reading.Day ?? context.LastDay;
                context.LastPeriod = reading.Period ?? context.LastPeriod;
                context.LastYear = YearOf(reading) ?? context.LastYear;
            }
        }

        return result;
    }

    /// <summary>Every rule's matches that read to a value (read once here without a text anchor, to drop non-timexes early).</summary>
    private List<Candidate> Propose(string text, TimexContext context, CancellationToken cancellationToken)
    {
        var candidates = new List<Candidate>();
        for (var order = 0; order < _rules.Count; order++)
        {
            var rule = _rules[order];
            try
            {
                foreach (var match in rule.Matches(text))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var span = match.Groups["span"] is { Success: true } g ? g : (Capture)match;
                    if (span.Length == 0 || SafeRead(rule, match, context) is null)
                    {
                        continue;
                    }

                    candidates.Add(new Candidate(span.Index, span.Index + span.Length, order, rule, match));
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // Pathological text: this rule gives up on the document, the others still run.
            }
        }

        return candidates;
    }

    /// <summary>Longest first, then rule order; a candidate overlapping one already kept is dropped.</summary>
    private static List<Candidate> Choose(List<Candidate> candidates)
    {
        var kept = new List<Candidate>();
        foreach (var candidate in candidates.OrderByDescending(c => c.End - c.Start).ThenBy(c => c.Order).ThenBy(c => c.Start))
        {
            if (!kept.Any(k => k.Start < candidate.End && candidate.Start < k.End))
            {
                kept.Add(candidate);
            }
        }

        return kept;
    }

    /// <summary>A full date stated in the first lines ("January 25, 2025", the end of "June 23–30, 2025").</summary>
    private DateOnly? FindDateline(string text, Func<int, (int Start, int End)> sentenceAt, CancellationToken cancellationToken)
    {
        var head = text.Length > _options.DatelineWindow ? text[.._options.DatelineWindow] : text;
        var context = new TimexContext(head, null, sentenceAt);
        return Choose(Propose(head, context, cancellationToken))
            .OrderBy(c => c.Start)
            .Select(c => SafeRead(c.Rule, c.Match, context)?.Day)
            .FirstOrDefault(d => d is not null);
    }

    /// <summary>The calendar year a DATE or TIME value starts with ("1998-10-13", "1998-Q3"); null for durations, sets, "XXXX" and *_REF.</summary>
    private static int? YearOf(TimexReading reading) =>
        reading.Type is TimexType.Date or TimexType.Time && reading.Value.Length >= 4 && reading.Value.Length != 3
            && int.TryParse(reading.Value.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && (reading.Value.Length == 4 || !char.IsAsciiDigit(reading.Value[4]))
            ? year
            : null;

    private static TimexReading? SafeRead(TimexRule rule, Match match, TimexContext context)
    {
        try
        {
            return rule.Read(match, context);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or RegexMatchTimeoutException)
        {
            // A rule that cannot read an odd match (an out-of-range date) proposes nothing.
            return null;
        }
    }

    /// <summary>The sentence around a position: from the sentences layer when given, else between sentence punctuation and line breaks.</summary>
    private static Func<int, (int Start, int End)> SentenceLocator(string text, IReadOnlyList<(int Start, int End)> sentences)
    {
        if (sentences.Count > 0)
        {
            return position =>
            {
                int lo = 0, hi = sentences.Count - 1;
                while (lo <= hi)
                {
                    var mid = (lo + hi) / 2;
                    if (sentences[mid].End <= position)
                    {
                        lo = mid + 1;
                    }
                    else if (sentences[mid].Start > position)
                    {
                        hi = mid - 1;
                    }
                    else
                    {
                        return sentences[mid];
                    }
                }

                return Fallback(text, position);
            };
        }

        return position => Fallback(text, position);
    }

    private static (int Start, int End) Fallback(string text, int position)
    {
        var start = position;
        while (start > 0 && !(text[start - 1] == '\n' || (start >= 2 && text[start - 1] == ' ' && text[start - 2] is '.' or '!' or '?')))
        {
            start--;
        }

        var end = position;
        while (end < text.Length && text[end] != '\n' && !(text[end] is '.' or '!' or '?' && (end + 1 == text.Length || text[end + 1] == ' ')))
        {
            end++;
        }

        return (start, end);
    }

    private sealed record Candidate(int Start, int End, int Order, TimexRule Rule, Match Match);
}
