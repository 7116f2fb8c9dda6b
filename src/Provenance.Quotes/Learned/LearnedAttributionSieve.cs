using Provenance.Core.Annotations;

namespace Provenance.Quotes.Learned;

/// <summary>
/// Turns the spans of the <see cref="AttributionTagger"/> into quotes: each content span takes the nearest cue
/// of its paragraph (the same sentence first) and the source nearest that cue. A content wholly inside
/// quotation marks is <see cref="QuoteKind.Direct"/> (the marks are left out, as GUIDELINES.md wants), one that
/// holds a quotation is mixed, else indirect. The speaker, anonymity and outlet come from a rule quote over the
/// same content when there is one, else from the source words (a name completed by <see cref="NameCatalog"/>).
/// Every quote's rule is <c>model.attribution-tagger</c>. Cues and sources with no content are dropped.
/// </summary>
internal static class LearnedAttributionSieve
{
    public const string RuleName = "model.attribution-tagger";

    public static List<Quote> Find(QuoteContext context, IReadOnlyList<Quote> ruleQuotes, AttributionTagger tagger, CancellationToken cancellationToken)
    {
        var sequence = new AttributionSequence(context.Text, context.Words, context.Sentences, context.Blocks, context.QuotedSpans, ruleQuotes);
        var spans = JoinInterruptedContents(context, AttributionTagger.Spans(sequence, tagger.Tag(sequence, cancellationToken)));
        var quotes = new List<Quote>();
        // Cues and sources by paragraph: a content looks only at its own paragraph's.
        var cues = spans.Where(s => s.Kind == AttributionSpanKind.Cue).ToLookup(s => context.BlockIndexAt(s.Start));
        var sources = spans.Where(s => s.Kind == AttributionSpanKind.Source).ToLookup(s => context.BlockIndexAt(s.Start));
        var rules = ruleQuotes.OrderBy(q => q.Start).ToArray();
        var ruleStarts = rules.Select(q => q.Start).ToArray();
        foreach (var content in spans.Where(s => s.Kind == AttributionSpanKind.Content))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var block = context.BlockIndexAt(content.Start);
            var cue = Nearest(context, cues[block], content);
            var source = cue is { } c ? Nearest(context, sources[block], c) : Nearest(context, sources[block], content);
            var (start, end, kind) = Shape(context, content);
            if (end <= start)
            {
                continue;
            }

            var rule = OverlappingRuleQuote(rules, ruleStarts, start, end);
            var speakerText = source is { } s ? context.Text[s.Start..s.End] : null;
            var speaker = rule?.Speaker ?? (speakerText is null ? null : SpeakerOf(context, speakerText));
            var anonymous = rule?.Anonymous ?? (speakerText is not null && !char.IsUpper(speakerText[0]));
            quotes.Add(new Quote(start, end, kind, speaker, anonymous, cue is { } k ? context.Text[k.Start..k.End] : null, rule?.Outlet, RuleName,
                source?.Start, source?.End, cue?.Start, cue?.End));
        }

        return quotes;
    }

    /// <summary>
    /// "The plan, he said, will fail": a content interrupted only by its source and cue (and punctuation) is one
    /// content from its first to its last word, as PolNeAR writes a content in fragments.
    /// </summary>
    internal static List<LabelledSpan> JoinInterruptedContents(QuoteContext context, List<LabelledSpan> spans)
    {
        var text = context.Text;
        var joined = new List<LabelledSpan>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Kind == AttributionSpanKind.Content)
            {
                var j = i + 1;
                var sawCue = false;
                var gapStart = span.End;
                while (j < spans.Count && spans[j].Kind != AttributionSpanKind.Content && OnlyPunctuation(text, gapStart, spans[j].Start))
                {
                    sawCue |= spans[j].Kind == AttributionSpanKind.Cue;
                    gapStart = spans[j].End;
                    j++;
                }

                if (sawCue && j < spans.Count && spans[j].Kind == AttributionSpanKind.Content && OnlyPunctuation(text, gapStart, spans[j].Start)
                    && context.SentenceIndexAt(span.End - 1) == context.SentenceIndexAt(spans[j].Start))
                {
                    joined.AddRange(spans.Skip(i + 1).Take(j - i - 1));
                    joined.Add(new LabelledSpan(span.Start, spans[j].End, AttributionSpanKind.Content));
                    i = j;
                    continue;
                }
            }

            joined.Add(span);
        }

        return joined;
    }

    private static bool OnlyPunctuation(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) || text[i] == '\n')
            {
                return false;
            }
        }

        return from <= to;
    }

    private static string SpeakerOf(QuoteContext context, string source)
    {
        var trimmed = source.Trim();
        return trimmed.Length > 0 && char.IsUpper(trimmed[0]) && !SpeakerWords.Determiners.Contains(trimmed.Split(' ')[0])
            ? context.Names.Fullest(trimmed) : trimmed;
    }

    /// <summary>A content wholly inside one pair of quotation marks becomes direct without its marks.</summary>
    private static (int Start, int End, QuoteKind Kind) Shape(QuoteContext context, LabelledSpan content)
    {
        var text = context.Text;
        foreach (var quoted in context.QuotedSpans)
        {
            if (quoted.Open >= content.End)
            {
                break;
            }

            var inside = quoted.ContentStart <= content.Start && content.End <= quoted.ContentEnd;
            var whole = quoted.Open >= content.Start && quoted.CloseEnd <= content.End
                && text[content.Start..quoted.Open].Trim().Length == 0 && text[quoted.CloseEnd..content.End].Trim(' ', '.', ',').Length == 0;
            if (whole || inside)
            {
                return (Math.Max(content.Start, quoted.ContentStart), Math.Min(content.End, quoted.ContentEnd), QuoteKind.Direct);
            }

            if (quoted.Open >= content.Start && quoted.CloseEnd <= content.End)
            {
                return (content.Start, content.End, QuoteKind.Mixed);
            }
        }

        return (content.Start, content.End, QuoteKind.Indirect);
    }

    /// <summary>The rule quote sharing most characters with [start, end), found from the sorted starts.</summary>
    private static Quote? OverlappingRuleQuote(Quote[] rules, int[] starts, int start, int end)
    {
        var index = Array.BinarySearch(starts, end);
        index = index >= 0 ? index : ~index;
        Quote? best = null;
        var bestOverlap = 0;
        for (var i = index - 1; i >= 0 && i >= index - 32; i--)
        {
            var overlap = Math.Min(rules[i].End, end) - Math.Max(rules[i].Start, start);
            if (overlap > bestOverlap)
            {
                bestOverlap = overlap;
                best = rules[i];
            }
        }

        return best;
    }

    private static LabelledSpan? Nearest(QuoteContext context, IEnumerable<LabelledSpan> candidates, LabelledSpan anchor)
    {
        LabelledSpan? best = null;
        var bestCost = int.MaxValue;
        var sentence = context.SentenceIndexAt(anchor.Start);
        foreach (var candidate in candidates)
        {
            var gap = candidate.Start >= anchor.End ? candidate.Start - anchor.End : anchor.Start >= candidate.End ? anchor.Start - candidate.End : 0;
            var otherSentence = context.SentenceIndexAt(candidate.Start) != sentence && context.SentenceIndexAt(candidate.End - 1) != context.SentenceIndexAt(anchor.End - 1);
            var cost = gap + (otherSentence ? 10_000 : 0);
            if (cost < bestCost)
            {
                bestCost = cost;
                best = candidate;
            }
        }

        return best;
    }
}
