using Provenance.Core.Annotations;

namespace Provenance.Quotes.Learned;

/// <summary>
/// One document prepared for the attribution tagger: its words with the per-word facts the features read
/// (lower-cased form, shape, reporting-verb lemma, sentence and paragraph, inside a quotation, the nearest
/// reporting verb on each side in the sentence) and the spans the hand-written rules found (their content,
/// speaker and cue), which the model uses as evidence. Built once per document.
/// </summary>
internal sealed class AttributionSequence
{
    private static readonly HashSet<string> NounCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "statements", "interview", "interviews", "report", "reports", "claim", "claims", "announcement",
        "remarks", "comments", "tweet", "tweets", "letter", "speech", "testimony", "memo", "poll", "polls", "survey",
        "study", "analysis", "according", "view", "views", "argument", "assertion", "allegation", "allegations",
        "accusations", "warning", "promise", "pledge", "message", "post", "op-ed", "column", "briefing", "conference",
    };

    public AttributionSequence(string text, TextWord[] words, IReadOnlyList<Sentence> sentences, IReadOnlyList<Block> blocks,
        IReadOnlyList<QuotedSpan> quoted, IReadOnlyList<Quote> ruleQuotes)
    {
        Text = text;
        Words = words;
        var n = words.Length;
        Lower = new string[n];
        Shape = new string[n];
        Lemma = new string?[n];
        SentenceOf = new int[n];
        BlockOf = new int[n];
        SentenceFirst = new bool[n];
        InQuote = new bool[n];
        RuleTag = new AttributionTag[n];
        var sentence = 0;
        var block = 0;
        var quote = 0;
        for (var i = 0; i < n; i++)
        {
            var word = words[i];
            var span = word.In(text);
            Lower[i] = span.ToString().ToLowerInvariant();
            Shape[i] = ShapeOf(span);
            if (SpeechCues.TryGetLemma(span, out var lemma))
            {
                Lemma[i] = lemma;
            }
            else if (NounCues.Contains(Lower[i]))
            {
                Lemma[i] = "n:" + Lower[i];
            }

            while (sentence + 1 < sentences.Count && sentences[sentence + 1].Start <= word.Start)
            {
                sentence++;
            }

            while (block + 1 < blocks.Count && blocks[block + 1].Start <= word.Start)
            {
                block++;
            }

            SentenceOf[i] = sentence;
            BlockOf[i] = block;
            SentenceFirst[i] = i == 0 || SentenceOf[i - 1] != sentence || BlockOf[i - 1] != block;
            while (quote < quoted.Count && quoted[quote].CloseEnd <= word.Start)
            {
                quote++;
            }

            InQuote[i] = quote < quoted.Count && quoted[quote].ContentStart <= word.Start && word.Start < quoted[quote].ContentEnd;
        }

        foreach (var q in ruleQuotes)
        {
            Mark(q.Start, q.End, AttributionSpanKind.Content);
            if (q.SpeakerStart is { } s && q.SpeakerEnd is { } e)
            {
                Mark(s, e, AttributionSpanKind.Source);
            }

            if (q.CueStart is { } cs && q.CueEnd is { } ce)
            {
                Mark(cs, ce, AttributionSpanKind.Cue);
            }
        }

        LeftCue = new int[n];
        RightCue = new int[n];
        var last = -1;
        for (var i = 0; i < n; i++)
        {
            if (SentenceFirst[i])
            {
                last = -1;
            }

            LeftCue[i] = last;
            if (Lemma[i] is not null)
            {
                last = i;
            }
        }

        last = -1;
        for (var i = n - 1; i >= 0; i--)
        {
            RightCue[i] = last;
            if (Lemma[i] is not null)
            {
                last = i;
            }

            if (SentenceFirst[i])
            {
                last = -1;
            }
        }
    }

    public string Text { get; }

    public TextWord[] Words { get; }

    public int Count => Words.Length;

    public string[] Lower { get; }

    public string[] Shape { get; }

    /// <summary>The reporting-verb lemma ("say"), "n:statement" for a noun cue, or null.</summary>
    public string?[] Lemma { get; }

    public int[] SentenceOf { get; }

    public int[] BlockOf { get; }

    public bool[] SentenceFirst { get; }

    public bool[] InQuote { get; }

    /// <summary>What the hand-written rules made of each word (their quotes' content, speaker and cue spans).</summary>
    public AttributionTag[] RuleTag { get; }

    /// <summary>Index of the nearest cue word before this one in its sentence, or -1.</summary>
    public int[] LeftCue { get; }

    /// <summary>Index of the nearest cue word after this one in its sentence, or -1.</summary>
    public int[] RightCue { get; }

    /// <summary>The gold tags of <paramref name="spans"/> over these words: cues first, then sources, then contents.</summary>
    public AttributionTag[] TagsOf(IReadOnlyList<LabelledSpan> spans)
    {
        var tags = new AttributionTag[Count];
        foreach (var kind in new[] { AttributionSpanKind.Cue, AttributionSpanKind.Source, AttributionSpanKind.Content })
        {
            foreach (var span in spans.Where(s => s.Kind == kind).OrderBy(s => s.Start))
            {
                var first = true;
                for (var i = WordScanner.FirstAtOrAfter(Words, span.Start); i < Count && Words[i].Start < span.End; i++)
                {
                    if (tags[i] != AttributionTag.Outside)
                    {
                        first = true;
                        continue;
                    }

                    tags[i] = first ? Begin(kind) : Inside(kind);
                    first = false;
                }
            }
        }

        return tags;
    }

    public static AttributionTag Begin(AttributionSpanKind kind) => (AttributionTag)(1 + (2 * (int)kind));

    public static AttributionTag Inside(AttributionSpanKind kind) => (AttributionTag)(2 + (2 * (int)kind));

    public static AttributionSpanKind KindOf(AttributionTag tag) => (AttributionSpanKind)(((int)tag - 1) / 2);

    private void Mark(int start, int end, AttributionSpanKind kind)
    {
        var first = true;
        for (var i = WordScanner.FirstAtOrAfter(Words, start); i < Count && Words[i].Start < end; i++)
        {
            if (RuleTag[i] == AttributionTag.Outside || kind != AttributionSpanKind.Content)
            {
                RuleTag[i] = first ? Begin(kind) : Inside(kind);
            }

            first = false;
        }
    }

    private static string ShapeOf(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return "";
        }

        if (!char.IsLetterOrDigit(word[0]))
        {
            return word[0] is '“' or '”' or '"' or '‘' or '’' or '\'' or '«' or '»' ? "Q" : word.ToString();
        }

        if (char.IsDigit(word[0]))
        {
            return "d";
        }

        if (char.IsUpper(word[0]))
        {
            return word.Length > 1 && char.IsUpper(word[1]) ? "XX" : "Xx";
        }

        return "x";
    }
}
