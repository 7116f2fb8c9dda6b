using Provenance.Core.Annotations;

namespace Provenance.Quotes;

/// <summary>
/// Turns quotations found in the raw text into direct quotes when a cue attributes the whole quotation
/// (GUIDELINES.md, "quotes": the span is inside the marks). Rules, in order:
/// <list type="bullet">
/// <item><c>direct.trailing-cue</c>: '“…,” the official said', '“…,” said de Bretton-Gordon'; a quotation split by its
/// cue ('“…,” the post said, “…”') is one record;</item>
/// <item><c>direct.leading-cue</c>: 'Trump said: “…”', 'He told Macron that “…”' when the quotation runs to the end
/// of the sentence;</item>
/// <item><c>direct.unattributed</c>: a quotation of a whole sentence or paragraph with no cue of its own; the
/// speaker comes later from the next attributed quotation in the paragraph or the previous speaker.</item>
/// </list>
/// A quotation inside a sentence that has other words around it is a fragment: it is left to
/// <see cref="IndirectSpeechSieve"/>, which makes it part of a mixed quote, or dropped as a scare quote or title.
/// </summary>
internal static class DirectQuoteSieve
{
    private const int MaxWordsBeforeTrailingCue = 8;
    private const int MaxGapWordsAfterLeadingCue = 8;

    public static List<QuoteCandidate> Find(QuoteContext context, CancellationToken cancellationToken)
    {
        var found = new List<QuoteCandidate>();
        var spans = context.QuotedSpans;
        for (var i = 0; i < spans.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = spans[i];
            if (context.CountWords(span.ContentStart, span.ContentEnd) == 0)
            {
                continue;
            }

            if (TryTrailingCue(context, span, out var candidate, out var cueEndWord))
            {
                // '“…,” the post said, “…”': the cue splits one quotation; its second part extends the record.
                if (i + 1 < spans.Count && cueEndWord + 1 < context.Words.Length && context.WordIs(cueEndWord + 1, ",")
                    && cueEndWord + 2 < context.Words.Length && context.Words[cueEndWord + 2].Start == spans[i + 1].Open)
                {
                    candidate.End = spans[i + 1].ContentEnd;
                    i++;
                }

                found.Add(candidate);
                continue;
            }

            if (TryLeadingCue(context, span, out candidate))
            {
                found.Add(candidate);
                continue;
            }

            if (IsFreeStanding(context, span))
            {
                found.Add(new QuoteCandidate
                {
                    Start = span.ContentStart,
                    End = span.ContentEnd,
                    Kind = QuoteKind.Direct,
                    Rule = "direct.unattributed",
                    CueStart = span.ContentStart,
                });
            }
        }

        return found;
    }

    /// <summary>'“…,” X said' or '“…,” said X' right after the closing mark, in the same paragraph.</summary>
    private static bool TryTrailingCue(QuoteContext context, QuotedSpan span, out QuoteCandidate candidate, out int cueEndWord)
    {
        candidate = null!;
        cueEndWord = -1;
        var words = context.Words;
        var text = context.Text;
        var block = context.Blocks[context.BlockIndexAt(span.ContentEnd)];
        var first = WordScanner.FirstAtOrAfter(words, span.CloseEnd);
        var limit = WordScanner.FirstAtOrAfter(words, block.End);
        if (first < limit && words[first].In(text) is "," or "—" or "–" or "-")
        {
            first++;
        }

        if (first >= limit)
        {
            return false;
        }

        var stop = first;
        while (stop < limit && stop - first <= MaxWordsBeforeTrailingCue + 4 && words[stop].In(text) is not ("." or "!" or "?" or ";" or ":" or "“" or "\"" or "‘"))
        {
            stop++;
        }

        var maxIndex = stop - 1;
        if (context.SentenceIndexAt(words[first].Start) != context.SentenceIndexAt(Math.Max(span.ContentStart, span.CloseEnd - 1)))
        {
            return false; // '“… on the table.” He acknowledged …' starts a new sentence.
        }

        if (SpeechCues.TryGetLemma(words[first].In(text), out _))
        {
            var phrase = SpeakerPhraseReader.ReadAfter(text, words, first + 1, maxIndex, out var lastWord);
            if (phrase is not null)
            {
                candidate = Direct(span, "direct.trailing-cue", words[first].TextIn(text), words[first].Start, phrase);
                cueEndWord = lastWord;
                CitingClause.Apply(context, candidate, first, stop);
                return true;
            }
        }

        for (var k = first + 1; k <= maxIndex && k - first <= MaxWordsBeforeTrailingCue; k++)
        {
            if (!SpeechCues.TryGetLemma(words[k].In(text), out _))
            {
                continue;
            }

            var phrase = SpeakerPhraseReader.ReadBefore(text, words, k, first, out var firstWord);
            if (phrase is not null && firstWord == first)
            {
                candidate = Direct(span, "direct.trailing-cue", words[k].TextIn(text), words[k].Start, phrase);
                cueEndWord = k;
                CitingClause.Apply(context, candidate, k, stop);
                return true;
            }
        }

        return false;
    }

    /// <summary>'X said: “…”' / 'X told Y that “…”' where the quotation closes the sentence.</summary>
    private static bool TryLeadingCue(QuoteContext context, QuotedSpan span, out QuoteCandidate candidate)
    {
        candidate = null!;
        var words = context.Words;
        var text = context.Text;
        var sentence = context.Sentences[context.SentenceIndexAt(span.Open)];
        var block = context.Blocks[context.BlockIndexAt(span.Open)];
        var sentenceFirst = WordScanner.FirstAtOrAfter(words, Math.Max(sentence.Start, block.Start));
        var openWord = WordScanner.FirstAtOrAfter(words, span.Open);
        if (!EndsSentenceOrContinues(context, span))
        {
            return false;
        }

        for (var k = openWord - 1; k >= sentenceFirst && openWord - k <= MaxGapWordsAfterLeadingCue + 1; k--)
        {
            var w = words[k].In(text);
            if (w is "." or "!" or "?" or ";" || context.QuoteContaining(words[k].Start) is not null)
            {
                return false;
            }

            if (!SpeechCues.TryGetLemma(w, out _) || context.WordIs(k - 1, "to") || context.WordIs(k + 1, "by"))
            {
                continue;
            }

            if (!GapIsPlain(context, k + 1, openWord))
            {
                return false;
            }

            var phrase = SpeakerPhraseReader.ReadBefore(text, words, k, sentenceFirst, out _);
            if (phrase is null)
            {
                return false;
            }

            candidate = Direct(span, "direct.leading-cue", words[k].TextIn(text), words[k].Start, phrase);
            return true;
        }

        return false;
    }

    /// <summary>Between a leading cue and the opening mark: a recipient, "that", a colon or comma, a few adverbs.</summary>
    private static bool GapIsPlain(QuoteContext context, int from, int openWord)
    {
        for (var g = from; g < openWord; g++)
        {
            var w = context.Words[g].In(context.Text);
            if (w is ":" or "," or "that" || char.IsUpper(w[0]) || w is "publicly" or "simply" or "once" or "again" or "also" or "the" or "reporters" or "journalists" or "him" or "her" or "them" or "in" or "a" or "an" or "statement" or "on" or "to" or "interview" or "with" or "outlet" or "publication" or "later" or "recently" or "bluntly" or "flatly")
            {
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>True when only punctuation, or a continuation (", citing …", ", adding …"), follows the quotation in its sentence.</summary>
    private static bool EndsSentenceOrContinues(QuoteContext context, QuotedSpan span)
    {
        var words = context.Words;
        var text = context.Text;
        var sentence = context.Sentences[context.SentenceIndexAt(Math.Max(span.ContentStart, span.CloseEnd - 1))];
        var block = context.Blocks[context.BlockIndexAt(span.ContentStart)];
        var end = Math.Min(sentence.End, block.End);
        var next = WordScanner.FirstAtOrAfter(words, span.CloseEnd);
        while (next < words.Length && words[next].Start < end && !words[next].IsWord(text) && words[next].In(text) is not ("“" or "\""))
        {
            next++;
        }

        if (next >= words.Length || words[next].Start >= end || span.CloseEnd >= end)
        {
            return true;
        }

        // The comma may sit inside the closing mark ('…,” citing') or after it ('…”, citing').
        var previous = words[next - 1].In(text);
        var commaInside = span.ContentEnd > span.ContentStart && text[span.ContentEnd - 1] == ',';
        return (previous is "," || commaInside) && (SpeechCues.IsContinuationParticiple(words[next].In(text)) || words[next].In(text) is "citing" or "referring");
    }

    /// <summary>A quotation that stands as its own sentence or paragraph, long enough not to be a scare quote.</summary>
    private static bool IsFreeStanding(QuoteContext context, QuotedSpan span)
    {
        if (context.CountWords(span.ContentStart, span.ContentEnd) < context.Options.MinUnattributedDirectWords)
        {
            return false;
        }

        var sentence = context.Sentences[context.SentenceIndexAt(span.Open)];
        var block = context.Blocks[context.BlockIndexAt(span.Open)];
        var before = context.Text[Math.Max(sentence.Start, block.Start)..span.Open].TrimEnd();
        return before.Length == 0 || before.EndsWith(':');
    }

    private static QuoteCandidate Direct(QuotedSpan span, string rule, string cue, int cueStart, SpeakerPhrase phrase) => new()
    {
        Start = span.ContentStart,
        End = span.ContentEnd,
        Kind = QuoteKind.Direct,
        Rule = rule,
        Cue = cue,
        CueStart = cueStart,
        Phrase = phrase,
    };
}
