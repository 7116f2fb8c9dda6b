namespace Provenance.Quotes;

/// <summary>
/// Resolves speaker phrases to speakers, in text order, as the later sieves of a CoreNLP-style chain:
/// <list type="bullet">
/// <item>names → the fullest name the document gives (<see cref="NameCatalog.Fullest"/>);</item>
/// <item>descriptors → kept as written, anonymous; a bare "the official" → the anonymous speaker with that head
/// before it ("the U.S. official");</item>
/// <item>"he"/"she" (and "his"/"her …") → the latest named person speaker within
/// <see cref="QuoteOptions.SpeakerLookbackBlocks"/> paragraphs, else the nearest person named before it in the
/// paragraph or the one before;</item>
/// <item>"it"/"they" → the latest named speaker that is not a person, else the latest plural descriptor;</item>
/// <item>"the Russian envoy" → the person the document introduces with that role, else the latest named person
/// speaker; "the agency" → the outlet last named;</item>
/// <item>a quotation with no cue → the speaker of the next attributed quotation in its paragraph, else the
/// previous speaker.</item>
/// </list>
/// Gender: "he"/"she" skip a person the text marks as the other gender (an honorific or gendered title, see
/// <see cref="NameCatalog.GenderOf"/>); first names are not guessed, so unmarked people fit either pronoun.
/// Not handled: two people speaking in turn in one paragraph.
/// </summary>
internal static class SpeakerResolver
{
    private const int RoleWindow = 60;

    public static void Resolve(QuoteContext context, List<QuoteCandidate> candidates)
    {
        candidates.Sort((a, b) => a.CueStart.CompareTo(b.CueStart));
        var resolved = new List<QuoteCandidate>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (candidate.InheritFrom is { } parent)
            {
                candidate.Speaker = parent.Speaker;
                candidate.Anonymous = parent.Anonymous;
                candidate.Outlet ??= parent.Outlet;
            }
            else if (candidate.Phrase is { } phrase)
            {
                ResolvePhrase(context, candidate, phrase, resolved);
            }
            else
            {
                var next = NextAttributedInBlock(context, candidates, i);
                if (next?.Phrase is { } nextPhrase)
                {
                    ResolvePhrase(context, candidate, nextPhrase, resolved);
                    candidate.BorrowedPhrase = nextPhrase;
                }
                else if (Latest(context, resolved, candidate.CueStart, c => c.Speaker is not null) is { } previous)
                {
                    candidate.Speaker = previous.Speaker;
                    candidate.Anonymous = previous.Anonymous;
                    candidate.BorrowedPhrase = previous.Phrase ?? previous.BorrowedPhrase;
                }
            }

            if (candidate.Speaker is not null)
            {
                resolved.Add(candidate);
            }
        }
    }

    private static void ResolvePhrase(QuoteContext context, QuoteCandidate candidate, SpeakerPhrase phrase, List<QuoteCandidate> resolved)
    {
        var names = context.Names;
        switch (phrase.Kind)
        {
            case SpeakerPhraseKind.Name:
                candidate.Speaker = names.Fullest(names.CorrectSlip(phrase.Text));
                candidate.Anonymous = false;
                break;
            case SpeakerPhraseKind.Descriptor:
                candidate.Speaker = DefiniteDescriptorAntecedent(context, phrase, resolved) ?? phrase.Text;
                candidate.Anonymous = true;
                break;
            case SpeakerPhraseKind.PersonPronoun:
                var gender = PronounGender(phrase.Text);
                bool Fits(string name) => gender == '?' || names.GenderOf(name) is var g && (g == '?' || g == gender);
                if (PreviousSentenceSubject(context, phrase.Start) is { } subject && Fits(names.Fullest(subject)))
                {
                    candidate.Speaker = names.Fullest(subject);
                    candidate.Anonymous = false;
                }
                else if (Latest(context, resolved, phrase.Start, c => (!c.Anonymous && names.IsPerson(c.Speaker!) && Fits(c.Speaker!)) || (c.Anonymous && IsSingularPerson(c.Speaker!))) is { } person)
                {
                    Copy(person, candidate);
                }
                else if (NearestPersonMention(context, phrase.Start, Fits) is { } mention)
                {
                    candidate.Speaker = names.Fullest(mention);
                    candidate.Anonymous = false;
                }

                break;
            case SpeakerPhraseKind.OtherPronoun:
                if (Latest(context, resolved, phrase.Start, c => !c.Anonymous && !names.IsPerson(c.Speaker!)) is { } organisation)
                {
                    Copy(organisation, candidate);
                }
                else if (Latest(context, resolved, phrase.Start, c => c.Anonymous) is { } group)
                {
                    Copy(group, candidate);
                }

                break;
            case SpeakerPhraseKind.RoleReference:
                if (PersonWithRole(context, phrase) is { } named)
                {
                    candidate.Speaker = names.Fullest(named);
                    candidate.Anonymous = false;
                }
                else if (Latest(context, resolved, phrase.Start, c => !c.Anonymous && names.IsPerson(c.Speaker!)) is { } previous)
                {
                    Copy(previous, candidate);
                }
                else
                {
                    candidate.Speaker = phrase.Text;
                    candidate.Anonymous = true;
                }

                break;
            case SpeakerPhraseKind.OutletReference:
                if (phrase.Text.EndsWith("report", StringComparison.OrdinalIgnoreCase)
                    && Latest(context, resolved, phrase.Start, c => !c.Anonymous && !names.IsPerson(c.Speaker!)) is { } reporter)
                {
                    Copy(reporter, candidate);
                    candidate.Outlet ??= reporter.Outlet;
                }
                else if (Latest(context, resolved, phrase.Start, c => c.Outlet is not null) is { } relayed)
                {
                    candidate.Speaker = relayed.Outlet;
                    candidate.Anonymous = false;
                    candidate.Outlet ??= relayed.Outlet;
                }
                else if (OutletFinder.LatestOutletBefore(context, phrase.Start) is { } outlet)
                {
                    candidate.Speaker = outlet;
                    candidate.Anonymous = false;
                    candidate.Outlet ??= outlet;
                }
                else
                {
                    candidate.Speaker = phrase.Text;
                    candidate.Anonymous = true;
                }

                break;
        }
    }

    /// <summary>
    /// "A U.S. official told Axios … The official said …": a bare definite descriptor ("the official", "the sources")
    /// refers back to the latest anonymous speaker with the same head noun; it is written with "the" and the
    /// antecedent's modifiers ("the U.S. official"). A descriptor with modifiers of its own is a new speaker.
    /// </summary>
    private static string? DefiniteDescriptorAntecedent(QuoteContext context, SpeakerPhrase phrase, List<QuoteCandidate> resolved)
    {
        var words = phrase.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var head = words[1];
        var antecedent = Latest(context, resolved, phrase.Start, c => c.Anonymous && c.Speaker is { } s
            && s.EndsWith(" " + head, StringComparison.OrdinalIgnoreCase) && s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 2);
        if (antecedent?.Speaker is not { } speaker)
        {
            return null;
        }

        var antecedentWords = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var modifiers = SpeakerWords.Determiners.Contains(antecedentWords[0]) ? antecedentWords[1..] : antecedentWords;
        return "the " + string.Join(' ', modifiers);
    }

    /// <summary>"the journalist", "a U.S. official": one unnamed person, whom "he" or "she" can refer to.</summary>
    private static bool IsSingularPerson(string descriptor)
    {
        var words = descriptor.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[0].ToLowerInvariant() is "a" or "an" or "the" or "one"
            && words[^1].ToLowerInvariant() is "official" or "journalist" or "interviewer" or "reporter" or "spokesman" or "spokeswoman"
                or "spokesperson" or "diplomat" or "aide" or "adviser" or "advisor" or "person" or "source" or "insider" or "officer";
    }

    private static void Copy(QuoteCandidate from, QuoteCandidate to)
    {
        to.Speaker = from.Speaker;
        to.Anonymous = from.Anonymous;
    }

    private static QuoteCandidate? NextAttributedInBlock(QuoteContext context, List<QuoteCandidate> candidates, int index)
    {
        var block = context.BlockIndexAt(candidates[index].Start);
        for (var j = index + 1; j < candidates.Count; j++)
        {
            if (context.BlockIndexAt(candidates[j].Start) != block)
            {
                return null;
            }

            if (candidates[j].Phrase is not null && candidates[j].Kind == Core.Annotations.QuoteKind.Direct)
            {
                return candidates[j];
            }
        }

        return null;
    }

    private static QuoteCandidate? Latest(QuoteContext context, List<QuoteCandidate> resolved, int before, Func<QuoteCandidate, bool> accept)
    {
        var block = context.BlockIndexAt(before);
        for (var j = resolved.Count - 1; j >= 0; j--)
        {
            var candidate = resolved[j];
            if (candidate.CueStart > before)
            {
                continue;
            }

            if (block - context.BlockIndexAt(candidate.CueStart) > context.Options.SpeakerLookbackBlocks)
            {
                return null;
            }

            if (accept(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// "Zelenskyy has opposed the idea. He declared …": a person named at the start of the sentence before the
    /// pronoun's sentence (in the same or the previous paragraph) is the likeliest referent.
    /// </summary>
    private static string? PreviousSentenceSubject(QuoteContext context, int position)
    {
        var index = context.SentenceIndexAt(position);
        if (index <= 0 || context.Sentences[index].Start > position)
        {
            return null;
        }

        var sentence = context.Sentences[index];
        var previous = context.Sentences[index - 1];
        if (context.BlockIndexAt(sentence.Start) - context.BlockIndexAt(previous.Start) > 1 || !IsSentenceInitialPronoun(context, sentence, position))
        {
            return null;
        }

        var mentions = context.Names.Mentions;
        for (var m = context.Names.FirstMentionAtOrAfter(previous.Start); m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Start > previous.Start + 1)
            {
                break;
            }

            if (context.Names.IsPerson(mention.Text))
            {
                return mention.Text;
            }
        }

        // "Previously, Zelenskyy has opposed the idea. He declared …": the subject after a short opening adverbial.
        for (var m = context.Names.FirstMentionAtOrAfter(previous.Start); m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Start >= previous.End || mention.Start - previous.Start > MaxOpeningAdverbialLength)
            {
                break;
            }

            if (mention.Start > previous.Start && IsOpeningAdverbial(context.Text.AsSpan(previous.Start, mention.Start - previous.Start)))
            {
                return context.Names.IsPerson(mention.Text) ? mention.Text : null;
            }
        }

        return null;
    }

    private const int MaxOpeningAdverbialLength = 40;

    /// <summary>"Previously, ", "On Monday, ", "In a speech in Kyiv, ": a few words ending with a comma and no quotation.</summary>
    private static bool IsOpeningAdverbial(ReadOnlySpan<char> opening)
    {
        var trimmed = opening.TrimEnd();
        if (trimmed.Length < 2 || trimmed[^1] != ',' || trimmed.IndexOfAny("\"“”‘’;:".AsSpan()) >= 0 || trimmed[..^1].Contains(','))
        {
            return false;
        }

        var words = 1;
        foreach (var c in trimmed)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        return words <= 5;
    }

    private static bool IsSentenceInitialPronoun(QuoteContext context, Core.Annotations.Sentence sentence, int position) =>
        context.Text[sentence.Start..position].Trim().Length == 0;

    /// <summary>The nearest person named before <paramref name="position"/> in its paragraph or the two before.</summary>
    private static string? NearestPersonMention(QuoteContext context, int position, Func<string, bool> fits)
    {
        var block = context.BlockIndexAt(position);
        var from = context.Blocks.Count == 0 ? 0 : context.Blocks[Math.Max(0, block - 2)].Start;
        return context.Names.PersonMentionsBetween(from, position).LastOrDefault(m => fits(context.Names.Fullest(m.Text)))?.Text;
    }

    /// <summary>'m' for he/his/him, 'f' for she/her, '?' otherwise.</summary>
    private static char PronounGender(string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "he" or "his" or "him" or "himself" => 'm',
        "she" or "her" or "hers" or "herself" => 'f',
        var other when other.StartsWith("his ", StringComparison.Ordinal) => 'm',
        var other when other.StartsWith("her ", StringComparison.Ordinal) => 'f',
        _ => '?',
    };

    /// <summary>
    /// A person the document introduces with the role of <paramref name="phrase"/>: the role written just before the
    /// name ("Russian envoy Kirill Dmitriev") or in an apposition after it ("Kirill Dmitriev, the Russian envoy").
    /// </summary>
    private static string? PersonWithRole(QuoteContext context, SpeakerPhrase phrase)
    {
        var roleWords = phrase.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(w => SpeakerWords.Determiners.Contains(w) || w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal)).ToArray();
        if (roleWords.Length == 0)
        {
            return null;
        }

        var role = string.Join(' ', roleWords);
        var head = roleWords[^1];
        // The latest introduction wins: read the mentions backwards from the phrase.
        var mentions = context.Names.Mentions;
        for (var m = context.Names.FirstMentionAtOrAfter(phrase.Start) - 1; m >= 0; m--)
        {
            var mention = mentions[m];
            if (!context.Names.IsPerson(mention.Text))
            {
                continue;
            }

            var before = context.Text[Math.Max(0, mention.Start - RoleWindow)..mention.Start];
            var after = context.Text[mention.End..Math.Min(context.Text.Length, mention.End + RoleWindow)];
            var inName = mention.Text.Contains(head, StringComparison.OrdinalIgnoreCase);
            var justBefore = before.TrimEnd().EndsWith(head, StringComparison.OrdinalIgnoreCase) || before.TrimEnd().EndsWith(role, StringComparison.OrdinalIgnoreCase);
            var comma = after.IndexOf(',', StringComparison.Ordinal);
            var apposition = after.StartsWith(", ", StringComparison.Ordinal)
                && after[2..].Split(',')[0].Contains(head, StringComparison.OrdinalIgnoreCase) && comma == 0;
            if (inName || justBefore || apposition)
            {
                return mention.Text;
            }
        }

        return null;
    }
}
