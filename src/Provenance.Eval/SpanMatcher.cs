namespace Provenance.Eval;

/// <summary>
/// score.py's <c>match()</c>: greedy one-to-one pairing of gold and predicted spans. Candidates are ordered as
/// Python sorts the tuples <c>(overlap, i, j)</c> in reverse: largest overlap first, then the later gold record,
/// then the later prediction. Strict candidates all share one overlap, so only the indices order them.
/// </summary>
internal static class SpanMatcher
{
    // score.py trims these from both ends of a span's text before comparing offsets strictly.
    private const string Strip = " \t\r\n.,;:!?\"'“”‘’()[]—–-…";

    public static List<(ScoredRecord Gold, ScoredRecord Predicted)> Match(
        IReadOnlyList<ScoredRecord> gold,
        IReadOnlyList<ScoredRecord> predicted,
        bool strict,
        Func<ScoredRecord, ScoredRecord, bool>? extra = null)
    {
        var candidates = new List<(int Overlap, int Gold, int Predicted)>();
        var trimmedPredicted = strict ? predicted.Select(Trimmed).ToArray() : [];
        for (var i = 0; i < gold.Count; i++)
        {
            var trimmedGold = strict ? Trimmed(gold[i]) : default;
            for (var j = 0; j < predicted.Count; j++)
            {
                if (extra is not null && !extra(gold[i], predicted[j]))
                {
                    continue;
                }

                if (strict)
                {
                    if (trimmedGold == trimmedPredicted[j])
                    {
                        candidates.Add((int.MaxValue, i, j));
                    }
                }
                else
                {
                    var overlap = Overlap(gold[i], predicted[j]);
                    if (overlap > 0)
                    {
                        candidates.Add((overlap, i, j));
                    }
                }
            }
        }

        candidates.Sort((a, b) => b.CompareTo(a));
        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var pairs = new List<(ScoredRecord, ScoredRecord)>();
        foreach (var (_, i, j) in candidates)
        {
            if (usedGold.Contains(i) || usedPredicted.Contains(j))
            {
                continue;
            }

            usedGold.Add(i);
            usedPredicted.Add(j);
            pairs.Add((gold[i], predicted[j]));
        }

        return pairs;
    }

    public static int Overlap(ScoredRecord a, ScoredRecord b) => Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);

    /// <summary>
    /// score.py's <c>trimmed()</c>: the offsets moved in by the number of strip characters at each end of the
    /// record's own <c>text</c> (not of the document), so a record whose text disagrees with its offsets is
    /// trimmed as its text says. Strip characters are all in the BMP, so counting UTF-16 units counts code points.
    /// </summary>
    public static (int Start, int End) Trimmed(ScoredRecord record)
    {
        var text = record.Text ?? "";
        var left = text.Length - text.AsSpan().TrimStart(Strip).Length;
        var right = text.Length - text.AsSpan().TrimEnd(Strip).Length;
        return (record.Start + left, record.End - right);
    }
}
