using Provenance.Core.Annotations;

namespace Provenance.Quotes.Polnear;

/// <summary>
/// Scores predicted quotes against one PolNeAR article's attributions, in the way attribution extractors are
/// usually compared (BBC Citron reports the same two figures):
/// <list type="bullet">
/// <item>each span kind (content, source, cue) is a set of distinct spans per article; a source span shared by
/// several relations counts once;</item>
/// <item><b>overlap</b>: predicted and gold spans pair one to one, largest overlap first, when they share a
/// character; <b>exact</b>: they pair when their offsets are equal after trimming spaces at both ends.</item>
/// </list>
/// Convention mapping: PolNeAR's content of a direct quote includes its quotation marks and our guidelines'
/// does not, so a direct quote's content is widened by the marks around it before scoring.
/// </summary>
public static class PolnearScorer
{
    public static PolnearScore Score(string text, IReadOnlyList<BratAttribution> gold, IReadOnlyList<Quote> predicted)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldContent = Distinct(text, gold.SelectMany(a => a.Content));
        var goldSource = Distinct(text, gold.SelectMany(a => a.Source));
        var goldCue = Distinct(text, gold.SelectMany(a => a.Cue));
        var predictedContent = Distinct(text, predicted.Select(q => WithMarks(text, q)));
        var predictedSource = Distinct(text, predicted.Where(q => q.SpeakerStart is not null && q.SpeakerEnd is not null).Select(q => new TextSpan(q.SpeakerStart!.Value, q.SpeakerEnd!.Value)));
        var predictedCue = Distinct(text, predicted.Where(q => q.CueStart is not null && q.CueEnd is not null).Select(q => new TextSpan(q.CueStart!.Value, q.CueEnd!.Value)));
        return new PolnearScore(Compare(goldContent, predictedContent), Compare(goldSource, predictedSource), Compare(goldCue, predictedCue), 1);
    }

    private static SpanScore Compare(List<TextSpan> gold, List<TextSpan> predicted)
    {
        var candidates = new List<(int Overlap, int Gold, int Predicted)>();
        var exact = 0;
        var exactSet = new HashSet<TextSpan>(gold);
        foreach (var p in predicted)
        {
            if (exactSet.Remove(p))
            {
                exact++;
            }
        }

        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                var overlap = gold[g].Overlap(predicted[p]);
                if (overlap > 0)
                {
                    candidates.Add((overlap, g, p));
                }
            }
        }

        candidates.Sort((a, b) => b.Overlap.CompareTo(a.Overlap));
        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var pairs = 0;
        foreach (var (_, g, p) in candidates)
        {
            if (!usedGold.Contains(g) && !usedPredicted.Contains(p))
            {
                usedGold.Add(g);
                usedPredicted.Add(p);
                pairs++;
            }
        }

        return new SpanScore(pairs, exact, predicted.Count, gold.Count);
    }

    private static List<TextSpan> Distinct(string text, IEnumerable<TextSpan> spans) =>
        spans.Select(s => Trim(text, s)).Where(s => s.End > s.Start).Distinct().ToList();

    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End, start, text.Length);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private static TextSpan WithMarks(string text, Quote quote)
    {
        var start = quote.Start;
        var end = quote.End;
        if (quote.Kind == QuoteKind.Direct)
        {
            if (start > 0 && IsQuoteMark(text[start - 1]))
            {
                start--;
            }

            if (end < text.Length && IsQuoteMark(text[end]))
            {
                end++;
            }
        }

        return new TextSpan(start, end);
    }

    private static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '‘' or '’' or '\'' or '«' or '»' or '„';
}
