using System.Text.RegularExpressions;

namespace Provenance.Time;

/// <summary>
/// What a rule may look at while it reads a match: the text, the reference date (null when unknown), the last
/// full day the text itself mentioned (for "two days later"), and the tense around the match.
/// </summary>
public sealed partial class TimexContext
{

    private static readonly HashSet<string> FutureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "’ll", "'ll", "shall", "going", "plans", "planned", "scheduled", "upcoming", "due", "wo", "won’t", "won't",
        "next", "tomorrow",
    };

    private static readonly HashSet<string> PastWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "told", "was", "were", "had", "did", "met", "made", "took", "gave", "came", "went", "held", "spent",
        "began", "wrote", "spoke", "saw", "left", "ago", "last", "earlier", "former", "previously", "sent", "won", "lost",
        "fell", "rose", "paid", "sold", "bought", "led", "ran", "became", "struck", "hit", "put", "broke", "brought",
    };

    private readonly Func<int, (int Start, int End)> _sentenceAt;

    internal TimexContext(string text, DateOnly? reference, Func<int, (int Start, int End)> sentenceAt)
    {
        Text = text;
        Reference = reference;
        _sentenceAt = sentenceAt;
    }

    public string Text { get; }

    /// <summary>The document's reference date (published date or dateline); null when unknown.</summary>
    public DateOnly? Reference { get; }

    /// <summary>The last full day the text mentioned before the current match; null when none yet.</summary>
    public DateOnly? LastDay { get; internal set; }

    /// <summary>The year of the last dated expression the text mentioned ("in 1998 … that year"); null when none yet.</summary>
    public int? LastYear { get; internal set; }

    /// <summary>The last quarter or half year the text mentioned before the current match; null when none yet.</summary>
    public FiscalPeriod? LastPeriod { get; internal set; }

    /// <summary>The anchor for expressions that count from "the date just mentioned": the last day, else the reference.</summary>
    public DateOnly? Anchor => LastDay ?? Reference;

    /// <summary>
    /// The tense nearest to [<paramref name="start"/>, <paramref name="end"/>): the closest verb-like marker in the
    /// same sentence decides ("said he will meet on Friday" is future, "met on Friday" past).
    /// </summary>
    public Tense TenseAt(int start, int end)
    {
        var (sStart, sEnd) = _sentenceAt(start);
        var best = Tense.Unknown;
        var bestDistance = int.MaxValue;
        foreach (Match word in Words().Matches(Text, sStart).TakeWhile(w => w.Index < sEnd))
        {
            if (word.Index >= start && word.Index < end)
            {
                continue;
            }

            var value = word.Value;
            var tense = FutureWords.Contains(value) ? Tense.Future
                : PastWords.Contains(value) || (value.Length > 4 && value.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) ? Tense.Past
                : value is "has" or "have" ? Tense.Past
                : value is "is" or "are" or "am" or "says" or "say" ? Tense.Present
                : Tense.Unknown;
            if (tense == Tense.Unknown)
            {
                continue;
            }

            var distance = word.Index < start ? start - word.Index : word.Index - end;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = tense;
            }
        }

        return best;
    }

    /// <summary>The sentence span around <paramref name="position"/>.</summary>
    public (int Start, int End) SentenceAt(int position) => _sentenceAt(position);

    [GeneratedRegex(@"[A-Za-z’']+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Words();
}
