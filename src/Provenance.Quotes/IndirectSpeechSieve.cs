using Provenance.Core.Annotations;

namespace Provenance.Quotes;

/// <summary>
/// Finds reported speech sentence by sentence (GUIDELINES.md, "quotes": the span is the reported clause without
/// speaker and cue). Cues inside quotation marks are skipped: they belong to the quoted speaker. Rules:
/// <list type="bullet">
/// <item><c>indirect.subject-cue</c>: "X said (that) …", "X told Axios (on Monday) that …", "X warned …";</item>
/// <item><c>indirect.trailing-cue</c>: "…, a U.S. official said.", "…, Axios reported, citing two sources.",
/// "…, said the official."; a lead-in label ("Behind the scenes:") is left out of the content;</item>
/// <item><c>indirect.parenthetical-cue</c>: "Germany, he said, must …" (the content is the whole sentence);</item>
/// <item><c>indirect.according-to</c>: "According to X, …", "…, according to X." and "X, according to whom …";</item>
/// <item><c>indirect.continuation</c>: ", saying …", ", urging …", "and said …" share the previous speaker (or the
/// subject of a subordinate clause in between: "after Trump cancelled it, saying …");</item>
/// <item><c>indirect.noun-cue</c>: "Putin’s claim that …", "her warning that …".</item>
/// </list>
/// A reported clause that holds a quotation is <see cref="QuoteKind.Mixed"/>. Not handled: noun cues without a
/// possessor ("the claim that …"), attributions that span sentences ("He made two points. First, …"),
/// and content cut by a clause the rules do not know.
/// </summary>
internal static class IndirectSpeechSieve
{
    private const int MaxWordsToThat = 14;
    private const int MaxLeadInLabelWords = 4;

    private static readonly HashSet<string> PrepositionOrTime = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "after", "before", "earlier", "last", "this", "late", "early", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "publicly",
        "privately", "repeatedly", "recently", "with", "while", "when", "over", "to", "a", "an", "the", "via",
        "separately", "again", "previously", "also", "later", "through", "from", "since", "following", "amid",
    };

    public static List<QuoteCandidate> Find(QuoteContext context, CancellationToken cancellationToken)
    {
        var found = new List<QuoteCandidate>();
        foreach (var sentence in context.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FindInSentence(context, sentence, found);
        }

        return found;
    }

    private static void FindInSentence(QuoteContext context, Sentence sentence, List<QuoteCandidate> found)
    {
        var text = context.Text;
        var words = context.Words;
        var (first, end) = context.WordRange(sentence.Start, sentence.End);
        if (end - first < 3)
        {
            return;
        }

        var contentFirst = SkipLeadInLabel(context, first, end);
        var inSentence = new List<QuoteCandidate>();
        for (var k = first; k < end; k++)
        {
            if (context.QuoteContaining(words[k].Start) is not null)
            {
                continue;
            }

            var w = words[k].In(text);
            if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && context.WordIs(k + 1, "to"))
            {
                if (TryAccordingTo(context, sentence, contentFirst, end, k, inSentence) is { } according)
                {
                    inSentence.Add(according);
                }

                continue;
            }

            if (TryNounCue(context, sentence, first, end, k) is { } nounCue)
            {
                if (!inSentence.Any(c => c.Start <= words[k].Start && words[k].Start < c.End))
                {
                    inSentence.Add(nounCue);
                }

                continue;
            }

            if (!SpeechCues.TryGetLemma(w, out var lemma) || !IsVerbUse(context, k, lemma, first))
            {
                continue;
            }

            if (inSentence.Any(c => c.Start <= words[k].Start && words[k].Start < c.End))
            {
                continue; // a report inside a reported clause is part of it ("The official said the cabinet thinks …").
            }

            var candidate = TryCue(context, sentence, contentFirst, end, k, lemma, inSentence);
            if (candidate is not null)
            {
                inSentence.Add(candidate);
                if (candidate.Rule == "indirect.trailing-cue")
                {
                    break; // the rest of the sentence is the attribution ("…, Axios reported, citing …").
                }
            }
        }

        // "[…, the White House believes …], Axios reported.": only the outermost attribution is a record.
        inSentence.RemoveAll(inner => inSentence.Any(outer => outer != inner && inner.InheritFrom != outer
            && outer.Start <= inner.CueStart && inner.CueStart < outer.End && outer.End - outer.Start > inner.End - inner.Start));
        foreach (var candidate in inSentence)
        {
            if (candidate.End > candidate.Start && context.CountWords(candidate.Start, candidate.End) >= context.Options.MinIndirectWords)
            {
                candidate.Kind = ContainsQuotation(context, candidate) ? QuoteKind.Mixed : QuoteKind.Indirect;
                found.Add(candidate);
            }
        }
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "when", "before", "because", "since", "while", "once", "as", "until",
    };

    /// <summary>
    /// "Dmitriev noted that the summit is off after Trump cancelled it, saying he …": a participle after a
    /// subordinate clause with its own named subject continues that subject, not the first speaker. Returns the
    /// subject's name, or null when no such clause stands between the two cues.
    /// </summary>
    private static SpeakerPhrase? SubordinateClauseSubject(QuoteContext context, int from, int to)
    {
        SpeakerPhrase? latest = null;
        var mentions = context.Names.Mentions;
        for (var m = context.Names.FirstMentionAtOrAfter(from + 1); m < mentions.Count && mentions[m].Start < to; m++)
        {
            var mention = mentions[m];

            var w = WordScanner.FirstAtOrAfter(context.Words, mention.Start);
            var after = WordScanner.FirstAtOrAfter(context.Words, mention.End);
            if (w > 0 && Subordinators.Contains(context.WordText(w - 1)) && after < context.Words.Length
                && context.Words[after].IsWord(context.Text) && char.IsLower(context.Text[context.Words[after].Start])
                && context.Names.IsPerson(mention.Text))
            {
                latest = new SpeakerPhrase(mention.Start, mention.End, SpeakerPhraseKind.Name, mention.Text);
            }
        }

        return latest;
    }

    /// <summary>Nouns that report a statement when a possessor and "that" frame them ("Putin’s claim that …").</summary>
    private static readonly HashSet<string> NounCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "claim", "claims", "assertion", "argument", "warning", "announcement", "statement", "insistence", "promise",
        "pledge", "suggestion", "allegation", "prediction", "admission", "assurance", "contention", "declaration",
    };

    /// <summary>
    /// <c>indirect.noun-cue</c>: "Putin’s claim that NATO is expanding", "his warning that the talks could fail": a
    /// possessive speaker (a name with ’s, or his/her/its/their), a reporting noun and "that"; the clause after
    /// "that" is the statement. Not handled: noun cues without a possessor ("the claim that …" has no speaker) and
    /// a statement followed by the sentence's own predicate ("… is false"), which stays in the content.
    /// </summary>
    private static QuoteCandidate? TryNounCue(QuoteContext context, Sentence sentence, int first, int end, int k)
    {
        var text = context.Text;
        var words = context.Words;
        if (k - 1 < first || k + 2 >= end || !NounCues.Contains(words[k].TextIn(text)) || !context.WordIs(k + 1, "that"))
        {
            return null;
        }

        var owner = words[k - 1];
        var ownerText = owner.TextIn(text);
        SpeakerPhrase? phrase;
        if (ownerText.ToLowerInvariant() is "his" or "her")
        {
            phrase = new SpeakerPhrase(owner.Start, owner.End, SpeakerPhraseKind.PersonPronoun, ownerText);
        }
        else if (ownerText.ToLowerInvariant() is "its" or "their")
        {
            phrase = new SpeakerPhrase(owner.Start, owner.End, SpeakerPhraseKind.OtherPronoun, ownerText);
        }
        else if (CapitalisedNameFinder.PossessiveStrippedEnd(text, owner) != owner.End && char.IsUpper(ownerText[0]))
        {
            var mention = context.Names.Mentions.ElementAtOrDefault(context.Names.FirstMentionAtOrAfter(owner.Start + 1) - 1);
            var start = mention is not null && mention.End == CapitalisedNameFinder.PossessiveStrippedEnd(text, owner) ? mention.Start : owner.Start;
            var name = text[start..CapitalisedNameFinder.PossessiveStrippedEnd(text, owner)];
            phrase = SpeakerWords.IsNationality(name) ? null : new SpeakerPhrase(start, start + name.Length, SpeakerPhraseKind.Name, name);
        }
        else
        {
            phrase = null;
        }

        if (phrase is null)
        {
            return null;
        }

        var contentFirst = k + 2;
        return new QuoteCandidate
        {
            Start = WordStart(context, contentFirst, end, sentence.End),
            End = ContentEnd(context, contentFirst, end, sentence.End),
            Kind = QuoteKind.Indirect,
            Rule = "indirect.noun-cue",
            Cue = words[k].TextIn(text),
            CueStart = words[k].Start,
            Phrase = phrase,
        };
    }

    private static QuoteCandidate? TryCue(QuoteContext context, Sentence sentence, int contentFirst, int end, int k, string lemma, List<QuoteCandidate> inSentence)
    {
        var text = context.Text;
        var words = context.Words;
        var cue = words[k].TextIn(text);
        var previous = k - 1 >= contentFirst ? words[k - 1].TextIn(text) : "";

        // ", saying …", "and said …": the speaker of the statement before.
        if (inSentence.Count > 0 && (SpeechCues.IsContinuationParticiple(cue) && previous is "," || previous is "and" or "but" || (previous is "also" && context.WordIs(k - 2, "and"))))
        {
            if (lemma is "cite" && IsSourceCitation(context, k, end))
            {
                return null;
            }

            var startWord = ContentStartAfterCue(context, k, end, lemma);
            var clauseSubject = SubordinateClauseSubject(context, inSentence[^1].CueStart, words[k].Start);
            return new QuoteCandidate
            {
                Start = WordStart(context, startWord, end, sentence.End),
                End = ContentEnd(context, startWord, end, sentence.End),
                Kind = QuoteKind.Indirect,
                Rule = "indirect.continuation",
                Cue = cue,
                CueStart = words[k].Start,
                InheritFrom = clauseSubject is null ? inSentence[^1] : null,
                Phrase = clauseSubject,
            };
        }

        SpeakerPhrase? phrase;
        int subjectFirst;
        if (cue is "saying" && context.WordIs(k - 1, "as") && context.WordIs(k - 2, "quoted"))
        {
            // "A US official was quoted as saying …"; "the agency quoted X as saying" is read at "quoted".
            phrase = SpeakerPhraseReader.ReadBefore(text, words, k - 2, contentFirst, out subjectFirst);
            if (phrase is null)
            {
                return null;
            }
        }
        else if (lemma is "quote" && TryQuotedAsSaying(context, sentence, contentFirst, end, k, out var quotedAs))
        {
            return quotedAs;
        }
        else if (lemma is "cite" or "quote" || SpeechCues.IsContinuationParticiple(cue) && !IsProgressive(context, k))
        {
            return null;
        }
        else if (context.WordIs(k - 1, "who") && context.WordIs(k - 2, ","))
        {
            // "Anna Vos, who said she spent …": the speaker is the name before the relative clause.
            phrase = SpeakerPhraseReader.ReadBefore(text, words, k - 2, contentFirst, out _);
            subjectFirst = k - 1;
            if (phrase is null)
            {
                return null;
            }

            var relativeStart = ContentStartAfterCue(context, k, end, lemma);
            return CountTailWords(context, relativeStart, end) == 0 ? null : new QuoteCandidate
            {
                Start = WordStart(context, relativeStart, end, sentence.End),
                End = ContentEnd(context, relativeStart, end, sentence.End),
                Kind = QuoteKind.Indirect,
                Rule = "indirect.subject-cue",
                Cue = cue,
                CueStart = words[k].Start,
                Phrase = phrase,
            };
        }
        else
        {
            phrase = SpeakerPhraseReader.ReadBefore(text, words, k, contentFirst, out subjectFirst);
        }

        if (phrase is null)
        {
            return TryInvertedTrailingCue(context, sentence, contentFirst, end, k, cue);
        }

        var beforeSubject = subjectFirst - 1 >= contentFirst ? words[subjectFirst - 1].TextIn(text) : "";
        var afterCue = ContentStartAfterCue(context, k, end, lemma);
        var tailWords = CountTailWords(context, afterCue, end);

        // "…, a U.S. official said." / "…, Axios reported, citing two sources."
        if (beforeSubject is "," or "—" or "–" or "-" && subjectFirst - 1 > contentFirst && IsAttributionTail(context, afterCue, end))
        {
            return TrailingCueCandidate(context, contentFirst, subjectFirst - 1, k, end, cue, phrase);
        }

        // "Germany, he said, must respond …" and "The plan has four parts, sources tell Axios: …": the cue sits inside the statement.
        if (beforeSubject is "," && (context.WordIs(k + 1, ",") || (afterCue - 1 > k && context.WordIs(afterCue - 1, ":"))) && tailWords >= 2 && phrase.Kind is SpeakerPhraseKind.PersonPronoun or SpeakerPhraseKind.OtherPronoun or SpeakerPhraseKind.Name or SpeakerPhraseKind.Descriptor)
        {
            return new QuoteCandidate
            {
                Start = words[contentFirst].Start,
                End = ContentEnd(context, contentFirst, end, sentence.End),
                Kind = QuoteKind.Indirect,
                Rule = "indirect.parenthetical-cue",
                Cue = cue,
                CueStart = words[k].Start,
                Phrase = phrase,
            };
        }

        if (tailWords == 0 || !StartsClause(context, afterCue, end))
        {
            return null;
        }

        var subjectCue = new QuoteCandidate
        {
            Start = WordStart(context, afterCue, end, sentence.End),
            End = ContentEnd(context, afterCue, end, sentence.End),
            Kind = QuoteKind.Indirect,
            Rule = "indirect.subject-cue",
            Cue = cue,
            CueStart = words[k].Start,
            Phrase = phrase,
        };

        // "Axios reported on Tuesday, citing US officials, that …" and "Citing a Ukrainian official, Axios said …".
        CitingClause.Apply(context, subjectCue, k, afterCue);
        if (context.WordIs(contentFirst, "citing") && subjectCue.Phrase == phrase)
        {
            CitingClause.Apply(context, subjectCue, contentFirst - 1, subjectFirst);
        }

        return subjectCue;
    }

    /// <summary>"…, the agency quoted the regional health ministry as saying.": the quoted party speaks.</summary>
    private static bool TryQuotedAsSaying(QuoteContext context, Sentence sentence, int contentFirst, int end, int k, out QuoteCandidate? candidate)
    {
        candidate = null;
        var words = context.Words;
        var text = context.Text;
        var quoted = SpeakerPhraseReader.ReadAfter(text, words, k + 1, end - 1, out var last);
        if (quoted is null || !context.WordIs(last + 1, "as") || !context.WordIs(last + 2, "saying"))
        {
            return false;
        }

        var subject = SpeakerPhraseReader.ReadBefore(text, words, k, contentFirst, out var subjectFirst);
        if (subject is null || subjectFirst - 1 <= contentFirst || !context.WordIs(subjectFirst - 1, ","))
        {
            return false;
        }

        candidate = new QuoteCandidate
        {
            Start = words[contentFirst].Start,
            End = TrimEnd(text, words[contentFirst].Start, words[subjectFirst - 1].Start),
            Kind = QuoteKind.Indirect,
            Rule = "indirect.trailing-cue",
            Cue = text[words[k].Start..words[last + 2].End],
            CueStart = words[k].Start,
            Phrase = quoted,
            Outlet = subject.Kind == SpeakerPhraseKind.OutletReference ? OutletFinder.LatestOutletBefore(context, subject.Start)
                : subject.Kind == SpeakerPhraseKind.Name && OutletNames.LooksLikeOutlet(subject.Text) ? subject.Text : null,
        };
        return true;
    }

    /// <summary>
    /// True when the words after a cue can be a reported clause: not an infinitive ("hopes to see"), not a
    /// prepositional phrase ("said about …", "said this in an interview"), not a source ("citing officials").
    /// </summary>
    private static bool StartsClause(QuoteContext context, int from, int end)
    {
        if (from >= end)
        {
            return false;
        }

        var first = context.WordText(from).ToLowerInvariant();
        var second = from + 1 < end ? context.WordText(from + 1).ToLowerInvariant() : "";
        if (first is "to" or "about" or "of" or "in" or "on" or "at" or "for" or "with" or "by" or "from" or "after" or "before" or "during" or "citing" or "referring" or "as" or "so" or "nothing" or "anything" or "little" or "much" or "otherwise" or "yes" or "no")
        {
            return false;
        }

        if (first is "this" or "it" or "that" or "something" or "these" or "those" && (second.Length == 0 || !char.IsLetter(second[0]) || PrepositionOrTime.Contains(second) || second is "but" or "and" or "about" or "of" or "for"))
        {
            return false;
        }

        return true;
    }

    /// <summary>"…, said the official." / "…, reported Axios citing US officials."</summary>
    private static QuoteCandidate? TryInvertedTrailingCue(QuoteContext context, Sentence sentence, int contentFirst, int end, int k, string cue)
    {
        var words = context.Words;
        var text = context.Text;
        if (k - 1 <= contentFirst || words[k - 1].In(text) is not ("," or "—" or "–"))
        {
            return null;
        }

        var phrase = SpeakerPhraseReader.ReadAfter(text, words, k + 1, end - 1, out var last);
        if (phrase is null || phrase.Kind is SpeakerPhraseKind.PersonPronoun or SpeakerPhraseKind.OtherPronoun && !context.WordIs(k + 1, "he") && !context.WordIs(k + 1, "she"))
        {
            return null;
        }

        if (!IsAttributionTail(context, last + 1, end))
        {
            return null;
        }

        return TrailingCueCandidate(context, contentFirst, k - 1, k, end, cue, phrase);
    }

    /// <summary>
    /// The statement before a trailing cue ("…, a U.S. official said."): content from <paramref name="contentFirst"/>
    /// up to the word <paramref name="contentStop"/> (the comma or dash before the speaker), or null when it is only a quotation.
    /// </summary>
    private static QuoteCandidate? TrailingCueCandidate(QuoteContext context, int contentFirst, int contentStop, int k, int end, string cue, SpeakerPhrase phrase)
    {
        var words = context.Words;
        var text = context.Text;
        var candidate = new QuoteCandidate
        {
            Start = words[contentFirst].Start,
            End = TrimEnd(text, words[contentFirst].Start, words[contentStop].Start),
            Kind = QuoteKind.Indirect,
            Rule = "indirect.trailing-cue",
            Cue = cue,
            CueStart = words[k].Start,
            Phrase = phrase,
        };
        CitingClause.Apply(context, candidate, k, end);
        return IsOnlyQuotation(context, candidate) ? null : candidate;
    }

    /// <summary>"According to X, …", "…, according to X." and "X, according to whom …".</summary>
    private static QuoteCandidate? TryAccordingTo(QuoteContext context, Sentence sentence, int contentFirst, int end, int k, List<QuoteCandidate> inSentence)
    {
        var words = context.Words;
        var text = context.Text;
        var phrase = SpeakerPhraseReader.ReadAfter(text, words, k + 2, end - 1, out var last);
        if (phrase is null)
        {
            return null;
        }

        var cue = text[words[k].Start..words[k + 1].End];
        if (context.WordIs(k + 2, "whom") && context.WordIs(k - 1, ","))
        {
            var antecedent = SpeakerPhraseReader.ReadBefore(text, words, k - 1, contentFirst, out _);
            return antecedent is null ? null : new QuoteCandidate
            {
                Start = WordStart(context, k + 3, end, sentence.End),
                End = ContentEnd(context, k + 3, end, sentence.End),
                Kind = QuoteKind.Indirect,
                Rule = "indirect.according-to",
                Cue = cue,
                CueStart = words[k].Start,
                Phrase = antecedent,
            };
        }

        var atStart = k == contentFirst || (k > contentFirst && words[k - 1].In(text) is "," && inSentence.Count == 0 && k - contentFirst <= 3);
        if (atStart && last + 1 < end && words[last + 1].In(text) is not ",")
        {
            // "According to U.S. officials speaking to Axios, …": a short modifier before the comma.
            for (var m = last + 1; m < end && m - last <= 6; m++)
            {
                if (words[m].In(text) is ",")
                {
                    last = m - 1;
                    break;
                }

                if (!words[m].IsWord(text) || words[m].In(text) is "that")
                {
                    break;
                }
            }
        }

        if (atStart && last + 1 < end && words[last + 1].In(text) is ",")
        {
            return new QuoteCandidate
            {
                Start = WordStart(context, last + 2, end, sentence.End),
                End = ContentEnd(context, last + 2, end, sentence.End),
                Kind = QuoteKind.Indirect,
                Rule = "indirect.according-to",
                Cue = cue,
                CueStart = words[k].Start,
                Phrase = phrase,
            };
        }

        if (k - 1 > contentFirst && words[k - 1].In(text) is "," or "—" or "–" && IsAttributionTail(context, last + 1, end))
        {
            return new QuoteCandidate
            {
                Start = words[contentFirst].Start,
                End = TrimEnd(text, words[contentFirst].Start, words[k - 1].Start),
                Kind = QuoteKind.Indirect,
                Rule = "indirect.according-to",
                Cue = cue,
                CueStart = words[k].Start,
                Phrase = phrase,
            };
        }

        return null;
    }

    /// <summary>A reporting verb used as a verb: not "the report", "to claim", "reported by", nor a bare gerund.</summary>
    private static bool IsVerbUse(QuoteContext context, int k, string lemma, int first)
    {
        var word = context.WordText(k);
        if (char.IsUpper(word[0]))
        {
            return false; // "United States", headline words ("Threaten"): reporting verbs are written in lower case.
        }

        if (!word.EndsWith("ing", StringComparison.Ordinal) && k > first && context.WordText(k - 1).ToLowerInvariant() is "was" or "were" or "is" or "are" or "be" or "been" or "being")
        {
            return false; // passive: "was expected to", "were told"
        }

        if (k > first)
        {
            var before = context.WordText(k - 1).ToLowerInvariant();
            if (before is "the" or "a" or "an" or "this" or "that" or "his" or "her" or "its" or "their" or "our" or "my" or "your" or "to" or "of" or "these" or "those" or "no" or "any")
            {
                return false;
            }
        }

        if (context.WordIs(k + 1, "by"))
        {
            return false;
        }

        if (lemma is "point" && !context.WordIs(k + 1, "out"))
        {
            return false;
        }

        return true;
    }

    private static bool IsProgressive(QuoteContext context, int k)
    {
        var j = k - 1;
        while (j >= 0 && SpeechCues.IsVerbGroupWord(context.Words[j].In(context.Text)))
        {
            if (context.WordText(j).ToLowerInvariant() is "is" or "are" or "was" or "were" or "been")
            {
                return true;
            }

            j--;
        }

        return false;
    }

    /// <summary>The first word of the reported clause after the cue: past a recipient ("told Axios"), a
    /// prepositional phrase up to "that" ("in an interview on Monday that"), "that" and a colon.</summary>
    private static int ContentStartAfterCue(QuoteContext context, int k, int end, string lemma)
    {
        var text = context.Text;
        var words = context.Words;
        var i = k + 1;
        if (lemma == "point" && context.WordIs(i, "out"))
        {
            i++;
        }

        if (SpeechCues.TakesRecipient(lemma) || context.WordIs(i, "to"))
        {
            var from = context.WordIs(i, "to") ? i + 1 : i;
            if (from < end && (context.WordText(from) is "me" or "us" or "you" or "him" or "them" || (context.WordIs(from, "her") && context.WordIs(from + 1, "that"))))
            {
                i = from + 1; // "told me the mood had changed": the listener is not what was said
            }
            else if (from < end && (char.IsUpper(words[from].In(text)[0]) || context.WordIs(from, "the") || context.WordIs(from, "reporters") || context.WordIs(from, "journalists") || context.WordIs(from, "her")))
            {
                var recipient = SpeakerPhraseReader.ReadAfter(text, words, from, end - 1, out var last);
                if (recipient is not null || context.WordIs(from, "reporters") || context.WordIs(from, "journalists"))
                {
                    i = recipient is null ? from + 1 : last + 1;
                }
                else if (context.WordIs(from, "the") && from + 1 < end && (SpeakerWords.OutletReferences.Contains(context.WordText(from + 1)) || context.WordText(from + 1) is "outlet" or "news"))
                {
                    i = from + 2;
                }
            }
        }

        if (lemma is "remind" or "accuse" or "warn" && context.WordIs(i, "of"))
        {
            i++; // "reminded Pistorius of what he had said", "accused her of …"
        }

        var afterComma = i < end && context.WordIs(i, ",") && i + 1 < end && PrepositionOrTime.Contains(context.WordText(i + 1));
        if (i < end && (afterComma || PrepositionOrTime.Contains(context.WordText(i))))
        {
            for (var j = i; j < end && j - i <= MaxWordsToThat; j++)
            {
                var w = words[j].In(text);
                if (w is "that")
                {
                    i = j;
                    break;
                }

                if (w is "that" && j > i && context.WordIs(j - 1, "what"))
                {
                    break;
                }

                if ((!words[j].IsWord(text) && w is not ",") || (j > i && w is not "citing" && SpeechCues.TryGetLemma(w, out _))
                    || (w is "," && j + 1 < end && !PrepositionOrTime.Contains(context.WordText(j + 1)) && context.WordText(j + 1) is not ("citing" or "that")))
                {
                    break;
                }
            }
        }

        if (i < end && context.WordIs(i, "that"))
        {
            i++;
        }

        while (i < end && words[i].In(text) is ":" or ",")
        {
            i++;
        }

        return i;
    }

    /// <summary>After a trailing cue: nothing, or only "citing …", a recipient, a time or a place ("…, Axios reported Tuesday, citing officials").</summary>
    private static bool IsAttributionTail(QuoteContext context, int from, int end)
    {
        var text = context.Text;
        var words = context.Words;
        var count = 0;
        for (var i = from; i < end; i++)
        {
            var w = words[i].In(text);
            if (!words[i].IsWord(text))
            {
                if (w is "." or "!" or "?" or "," or ")" or "(" or "”" or "\"" or "’")
                {
                    continue;
                }

                return false;
            }

            if (w is "that")
            {
                return false;
            }

            count++;
        }

        if (count == 0)
        {
            return true;
        }

        var firstWord = context.WordText(from).ToLowerInvariant();
        if (from < end && context.WordIs(from, ","))
        {
            firstWord = context.WordText(from + 1).ToLowerInvariant();
        }

        return count <= 12 && (firstWord is "citing" or "referring" or "adding" or "in" or "on" or "at" or "to" or "during" or "last" or "this" or "earlier" or "late" or "yesterday" or "today" or "tuesday" or "monday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" or "on" or "after" or "when" or "while" or "as" or "told" or "via" or "reports" or "reported"
            || char.IsUpper(context.WordText(from)[0]));
    }

    private static bool IsSourceCitation(QuoteContext context, int k, int end)
    {
        var cited = SpeakerPhraseReader.ReadAfter(context.Text, context.Words, k + 1, end - 1, out var last);
        return cited is not null && (last + 1 >= end || context.Words[last + 1].In(context.Text) is "," or "." or ")");
    }

    /// <summary>Skips a short label that opens a sentence ("Behind the scenes:", "Zoom in:").</summary>
    private static int SkipLeadInLabel(QuoteContext context, int first, int end)
    {
        for (var i = first; i < end && i - first <= MaxLeadInLabelWords; i++)
        {
            var w = context.Words[i].In(context.Text);
            if (w is ":")
            {
                return i + 1 < end ? i + 1 : first;
            }

            if (!context.Words[i].IsWord(context.Text))
            {
                break;
            }
        }

        return first;
    }

    /// <summary>Where a reported clause starting at word <paramref name="from"/> ends: the sentence end, or before a
    /// clause that starts a new attribution (", which", ", saying", "and said", "; ", ", according to").</summary>
    private static int ContentEnd(QuoteContext context, int from, int end, int sentenceEnd)
    {
        var text = context.Text;
        var words = context.Words;
        if (from >= end)
        {
            return from < words.Length ? words[Math.Min(from, words.Length - 1)].Start : sentenceEnd;
        }

        var stop = sentenceEnd;
        for (var i = from + 1; i < end; i++)
        {
            if (context.QuoteContaining(words[i].Start) is { } inside && inside.ContentStart < words[i].Start)
            {
                continue;
            }

            var w = words[i].In(text);
            var next = i + 1 < end ? words[i + 1].In(text) : ReadOnlySpan<char>.Empty;
            var after = i + 2 < end ? words[i + 2].In(text) : ReadOnlySpan<char>.Empty;
            var isStop =
                w is ";"
                || (w is "," && (next is "which" or "who" || next.Equals("according", StringComparison.Ordinal) || SpeechCues.IsContinuationParticiple(next) || next is "citing"))
                || (w is "," && next is "and" or "but" && !after.IsEmpty && (SpeechCues.TryGetLemma(after, out _) || after is "also"))
                || (w is "and" or "but" && !next.IsEmpty && SpeechCues.TryGetLemma(next, out _) && !next.EndsWith("ing", StringComparison.Ordinal) && i > from + 2)
                || (w is "-" or "—" or "–" && words[i].Start > 0 && text[words[i].Start - 1] == ' ' && HasCueSoon(context, i + 1, end))
                || (w is "(" && CountWordsAfter(context, i, end) <= 6)
                || (w is "," && IsTrailingAttributionAt(context, i + 1, end));
            if (isStop)
            {
                stop = words[i].Start;
                break;
            }

            if (AfterQuotedComma(text, words[i]) is { } closeEnd && IsParticipleAdjunct(w))
            {
                stop = closeEnd; // '… “we will not hand over our fields,” citing the constitution': the adjunct is not reported.
                break;
            }
        }

        return TrimEnd(text, words[from].Start, stop);
    }

    /// <summary>The end of a closing quotation mark preceded by a comma right before <paramref name="word"/> (',” citing'), else null.</summary>
    private static int? AfterQuotedComma(string text, TextWord word)
    {
        var i = word.Start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i >= 1 && text[i] is '”' or '"' or '’' && text[i - 1] == ',' ? i + 1 : null;
    }

    private static bool IsParticipleAdjunct(ReadOnlySpan<char> word) =>
        word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>True when the words from <paramref name="from"/> are a whole trailing attribution ("Axios reported.", "said the official.").</summary>
    private static bool IsTrailingAttributionAt(QuoteContext context, int from, int end)
    {
        var text = context.Text;
        var words = context.Words;
        if (from >= end)
        {
            return false;
        }

        if (SpeechCues.TryGetLemma(words[from].In(text), out _) && !char.IsUpper(words[from].In(text)[0]))
        {
            var inverted = SpeakerPhraseReader.ReadAfter(text, words, from + 1, end - 1, out var last);
            return inverted is not null && IsAttributionTail(context, last + 1, end);
        }

        for (var k = from + 1; k < end && k - from <= 8; k++)
        {
            if (!SpeechCues.TryGetLemma(words[k].In(text), out _) || char.IsUpper(words[k].In(text)[0]))
            {
                continue;
            }

            var phrase = SpeakerPhraseReader.ReadBefore(text, words, k, from, out var first);
            return phrase is not null && first == from && IsAttributionTail(context, k + 1, end);
        }

        return false;
    }

    private static bool HasCueSoon(QuoteContext context, int from, int end)
    {
        for (var i = from; i < end && i - from < 5; i++)
        {
            if (SpeechCues.TryGetLemma(context.Words[i].In(context.Text), out _))
            {
                return true;
            }
        }

        return false;
    }

    private static int CountWordsAfter(QuoteContext context, int from, int end)
    {
        var count = 0;
        for (var i = from; i < end; i++)
        {
            if (context.Words[i].IsWord(context.Text))
            {
                count++;
            }
        }

        return count;
    }

    private static int CountTailWords(QuoteContext context, int from, int end) => CountWordsAfter(context, from, end);

    private static int WordStart(QuoteContext context, int word, int end, int sentenceEnd) =>
        word < end ? context.Words[word].Start : sentenceEnd;

    /// <summary>Ends a span before trailing spaces and sentence punctuation (closing quotation marks stay).</summary>
    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':' or '-' or '—' or '–'))
        {
            end--;
        }

        return end;
    }

    private static bool ContainsQuotation(QuoteContext context, QuoteCandidate candidate)
    {
        var spans = context.QuotedSpans;
        var first = context.FirstQuotedSpanOpeningAtOrAfter(candidate.Start);
        return first < spans.Count && spans[first].ContentStart < candidate.End;
    }

    /// <summary>True when the content is one quotation and nothing else: the direct sieve owns it.</summary>
    private static bool IsOnlyQuotation(QuoteContext context, QuoteCandidate candidate)
    {
        var span = context.QuoteContaining(candidate.Start);
        return span is not null && span.Open <= candidate.Start && span.CloseEnd >= candidate.End - 1;
    }
}
