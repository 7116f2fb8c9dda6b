namespace Provenance.Quotes;

/// <summary>
/// Reads the speaker phrase next to a reporting verb: backwards from the verb for the subject ("a senior
/// U.S. official said", "Kirill Dmitriev, who ..., told"), or forwards for an inverted order ("said the
/// official", "according to Reuters"). It accepts names, anonymous descriptors headed by a source noun,
/// pronouns and definite role or outlet nouns; anything else (an ordinary noun phrase, the author's "I" or
/// "we") gives no speaker, which keeps non-attributions out.
/// Not handled: subjects longer than <see cref="MaxPhraseWords"/> words and subjects with a relative clause
/// that is not set off by commas.
/// </summary>
internal static partial class SpeakerPhraseReader
{
    private const int MaxPhraseWords = 9;
    private const int MaxNamesPhraseWords = 16;
    private const int MaxAppositiveWords = 30;

    private static readonly HashSet<string> Adjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "senior", "top", "former", "anonymous", "unnamed", "western", "local", "independent", "military",
        "foreign", "government", "administration", "intelligence", "security", "defense", "defence", "state",
        "other", "high-ranking", "knowledgeable", "informed", "european", "american", "russian", "ukrainian",
        "white", "house", "national", "regional", "federal", "diplomatic", "official", "white-house",
        "political", "several", "chief", "deputy", "special", "presidential", "ever-brilliant", "well-placed",
        "leading", "prominent", "current", "retired", "russia", "ukraine", "u.s.", "us", "new", "latest",
        "latter", "former", "same", "economic", "foreign-policy", "defense-ministry", "press", "ministry",
        "news", "media", "top-level", "high-level", "german", "french", "british", "report", "research",
        "the", "think", "state-run", "state-owned", "pro-kremlin", "pro-russian", "kremlin-backed", "expert",
    };

    private static readonly HashSet<string> PrepositionsAfterDescriptor = new(StringComparer.OrdinalIgnoreCase)
    {
        "familiar", "close", "knowledge", "briefed", "involved", "privy", "with", "to", "on", "in", "of",
    };

    /// <summary>
    /// Reads the subject that ends just before word <paramref name="verbIndex"/> (after skipping "has", "also" and
    /// the like), not reaching before <paramref name="minIndex"/>. <paramref name="firstWord"/> is the first word
    /// of the phrase found.
    /// </summary>
    public static SpeakerPhrase? ReadBefore(string text, TextWord[] words, int verbIndex, int minIndex, out int firstWord)
    {
        firstWord = verbIndex;
        var j = verbIndex - 1;
        while (j >= minIndex && SpeechCues.IsVerbGroupWord(words[j].In(text)))
        {
            j--;
        }

        if (j < minIndex)
        {
            return null;
        }

        // "the Norwegian Coastal Administration (NCA) has said": an acronym in brackets belongs to the name.
        if (words[j].In(text) is ")" && j - 2 >= minIndex && words[j - 2].In(text) is "(" && char.IsUpper(words[j - 1].In(text)[0]))
        {
            j -= 3;
            if (j < minIndex)
            {
                return null;
            }
        }

        // "Dmitriev, who heads the fund, told Axios": skip an appositive set off by commas.
        if (words[j].In(text) is ",")
        {
            var k = j - 1;
            while (k >= minIndex && j - k <= MaxAppositiveWords && words[k].In(text) is not ("," or ";" or ":" or "(" or ")"))
            {
                k--;
            }

            if (k < minIndex || words[k].In(text) is not "," || j - k <= 1)
            {
                return null;
            }

            var appositiveFirst = words[k + 1].In(text);
            if (!IsAppositiveOpener(appositiveFirst))
            {
                return null;
            }

            j = k - 1;
            if (j < minIndex)
            {
                return null;
            }
        }

        var familiar = FamiliarDescriptor().Match(text[words[minIndex].Start..words[j].End]);
        if (familiar.Success)
        {
            var phraseStart = words[minIndex].Start + familiar.Index;
            firstWord = WordScanner.FirstAtOrAfter(words, phraseStart);
            return new SpeakerPhrase(phraseStart, words[j].End, SpeakerPhraseKind.Descriptor, text[phraseStart..words[j].End]);
        }

        var single = words[j].In(text);
        if (IsPronoun(single, out var pronounKind))
        {
            firstWord = j;
            return pronounKind is null ? null : new SpeakerPhrase(words[j].Start, words[j].End, pronounKind.Value, single.ToString());
        }

        var end = j;
        var start = j + 1;
        var count = 0;
        var sawLowerHead = false;
        while (j >= minIndex && count < MaxPhraseWords)
        {
            var word = words[j];
            var w = word.In(text);
            if (!word.IsWord(text))
            {
                if (w is "-" or "–" && j > minIndex && j < end && words[j - 1].End == word.Start && words[j + 1].Start == word.End)
                {
                    j--;
                    continue;
                }

                break;
            }

            var lower = w.ToString().ToLowerInvariant();
            if (SpeakerWords.Determiners.Contains(lower))
            {
                start = j;
                // "the head of the German intelligence service": continue through "of" after a determiner.
                if (j - 2 >= minIndex && words[j - 1].In(text) is "of" && IsHeadNoun(words[j - 2].In(text)))
                {
                    j -= 2;
                    start = j + 1;
                    count += 2;
                    continue;
                }

                break;
            }

            if (char.IsUpper(w[0]))
            {
                if (CapitalisedNameFinder.LeadingFunctionWords.Contains(lower) && !(j < end && char.IsUpper(words[j + 1].In(text)[0]) && lower is "the"))
                {
                    break;
                }

                start = j;
                count++;
                j--;
                continue;
            }

            if (lower is "de" or "van" or "von" or "der" or "al" or "bin" or "da" or "di" or "la" or "le" or "of" && start <= end && char.IsUpper(words[start].In(text)[0]) && j > minIndex && char.IsUpper(words[j - 1].In(text)[0]))
            {
                start = j;
                j--;
                continue;
            }

            if (j == end)
            {
                if (!IsHeadNoun(w) && !SpeakerWords.OutletReferences.Contains(lower))
                {
                    return null;
                }

                sawLowerHead = true;
                start = j;
                count++;
                j--;
                continue;
            }

            if (lower is "and" && start <= end && j > minIndex && char.IsUpper(words[j - 1].In(text)[0]))
            {
                start = j;
                count++;
                j--;
                continue;
            }

            if (Adjectives.Contains(lower) || (sawLowerHead && IsHeadNoun(w)) || (sawLowerHead && PrepositionsAfterDescriptor.Contains(lower)))
            {
                start = j;
                count++;
                j--;
                continue;
            }

            // "a Polish energy official": any modifier between a determiner and the head.
            if (sawLowerHead && char.IsLower(w[0]) && !PrepositionsAfterDescriptor.Contains(lower))
            {
                var determiner = -1;
                for (var m = j - 1; m >= minIndex && j - m <= 3; m--)
                {
                    var mw = words[m].TextIn(text);
                    if (SpeakerWords.Determiners.Contains(mw) && mw is not ("his" or "her" or "their" or "its"))
                    {
                        determiner = m;
                        break;
                    }

                    if (!words[m].IsWord(text) || SpeechCues.TryGetLemma(mw, out _))
                    {
                        break;
                    }
                }

                if (determiner >= 0)
                {
                    start = determiner;
                    break;
                }
            }

            break;
        }

        if (start > end)
        {
            return null;
        }

        // Drop a dangling preposition at the front ("with the matter" without its "person familiar").
        while (start <= end && PrepositionsAfterDescriptor.Contains(words[start].TextIn(text)) && !SpeakerWords.Determiners.Contains(words[start].TextIn(text)))
        {
            start++;
        }

        if (start > end)
        {
            return null;
        }

        firstWord = start;
        return Classify(text, words, start, end);
    }

    /// <summary>Reads a speaker phrase that starts at word <paramref name="from"/> (inverted order: "said the official").</summary>
    public static SpeakerPhrase? ReadAfter(string text, TextWord[] words, int from, int maxIndex, out int lastWord)
    {
        lastWord = from - 1;
        if (from > maxIndex)
        {
            return null;
        }

        var first = words[from].In(text);
        if (IsPronoun(first, out var pronounKind) || IsObjectPronoun(first, out pronounKind))
        {
            lastWord = from;
            return pronounKind is null ? null : new SpeakerPhrase(words[from].Start, words[from].End, pronounKind.Value, first.ToString());
        }

        var j = from;
        var lastHead = -1;
        var inPhrase = false;
        while (j <= maxIndex && j - from < MaxNamesPhraseWords)
        {
            var word = words[j];
            var w = word.In(text);
            if (!word.IsWord(text))
            {
                if (w is "-" or "–" && j > from && j < maxIndex && words[j - 1].End == word.Start && words[j + 1].Start == word.End)
                {
                    j++;
                    continue;
                }

                break;
            }

            var lower = w.ToString().ToLowerInvariant();
            if (inPhrase)
            {
                // "familiar with the matter": the object of the prepositional phrase, up to its noun.
                if (SpeakerWords.Determiners.Contains(lower) || lower is "with" or "to" or "on" or "of" || (char.IsLower(w[0]) && j - lastHead <= 5))
                {
                    j++;
                    if (!SpeakerWords.Determiners.Contains(lower) && lower is not ("with" or "to" or "on" or "of"))
                    {
                        break;
                    }

                    continue;
                }

                break;
            }

            if (lastHead >= 0 && char.IsLower(words[lastHead].In(text)[0]) && lower is "familiar" or "close" or "briefed" or "privy" or "involved" or "with")
            {
                inPhrase = true;
                j++;
                continue;
            }

            if (char.IsUpper(w[0]) || (j == from && SpeakerWords.Determiners.Contains(lower))
                || lower is "de" or "van" or "von" or "der" or "den" or "da" or "di" or "du" or "la" or "le" or "al" or "bin" or "of" or "and"
                || Adjectives.Contains(lower) || IsHeadNoun(w))
            {
                if (char.IsUpper(w[0]) || IsHeadNoun(w))
                {
                    lastHead = j;
                }

                j++;
                continue;
            }

            break;
        }

        if (lastHead < 0)
        {
            return null;
        }

        var end = inPhrase ? j - 1 : lastHead;
        lastWord = end;
        return Classify(text, words, from, end);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\b(?:a|an|the|one|two|three|four|several|some|many|other|multiple)\s+)?(?:[\p{L}.’'-]+\s+){0,3}?(?:people|person|persons|sources?|officials?|diplomats?|insiders?|individuals?)\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of|involved\s+in|privy\s+to)\s+(?:the\s+|a\s+|an\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FamiliarDescriptor();

    private static SpeakerPhrase? Classify(string text, TextWord[] words, int start, int end)
    {
        var phraseStart = words[start].Start;
        var phraseEnd = words[end].End;
        var phrase = text[phraseStart..phraseEnd];
        var headWord = words[end].In(text);
        var first = words[start].TextIn(text);
        var definite = first.Equals("the", StringComparison.OrdinalIgnoreCase);

        // A descriptor with a trailing prepositional phrase: its head is the noun before the preposition.
        for (var k = start; k < end; k++)
        {
            if (words[k].In(text) is "familiar" or "close" or "briefed" or "privy" or "with")
            {
                var before = words[Math.Max(start, k - 1)].In(text);
                if (IsHeadNoun(before))
                {
                    return new SpeakerPhrase(phraseStart, phraseEnd, SpeakerPhraseKind.Descriptor, phrase);
                }
            }
        }

        if (char.IsUpper(headWord[0]))
        {
            var nameStart = start;
            while (nameStart < end && !char.IsUpper(words[nameStart].In(text)[0]))
            {
                nameStart++;
            }

            if (SpeakerWords.IsNationality(headWord.ToString()) || CapitalisedNameFinder.LeadingFunctionWords.Contains(headWord.ToString()))
            {
                return null; // "Russian demands", "As reported": an adjective or function word, not a speaker.
            }

            var possessiveEnd = CapitalisedNameFinder.PossessiveStrippedEnd(text, words[end]);
            if (possessiveEnd != words[end].End)
            {
                return null; // "Ukraine's" before a verb is not a speaker.
            }

            var name = text[words[nameStart].Start..phraseEnd];
            if (NameCatalog.PersonPart(name) is null && !NameCatalog.IsOrganisation(name) && !OutletNames.LooksLikeOutlet(name))
            {
                // "the German Defense Minister": a title without a name refers back to a person.
                return new SpeakerPhrase(words[nameStart].Start, phraseEnd, SpeakerPhraseKind.RoleReference, name);
            }

            return new SpeakerPhrase(words[nameStart].Start, phraseEnd, SpeakerPhraseKind.Name, name);
        }

        var head = headWord.ToString().ToLowerInvariant();
        if (head is "report" or "assessment" or "statement" or "study" && end > start)
        {
            // "the DDIS report noted": the capitalised modifier is the speaker.
            var modifier = end - 1;
            if (char.IsUpper(words[modifier].In(text)[0]) && !SpeakerWords.IsNationality(words[modifier].TextIn(text))
                && !SpeakerWords.Determiners.Contains(words[modifier].TextIn(text)) && !CapitalisedNameFinder.LeadingFunctionWords.Contains(words[modifier].TextIn(text)))
            {
                var nameStart = modifier;
                while (nameStart - 1 >= start && char.IsUpper(words[nameStart - 1].In(text)[0]))
                {
                    nameStart--;
                }

                return new SpeakerPhrase(words[nameStart].Start, words[modifier].End, SpeakerPhraseKind.Name, text[words[nameStart].Start..words[modifier].End]);
            }

            if (end - start == 1 && (definite || first.Equals("a", StringComparison.OrdinalIgnoreCase)) && head == "report")
            {
                return new SpeakerPhrase(phraseStart, phraseEnd, SpeakerPhraseKind.OutletReference, phrase);
            }
        }

        if (definite && SpeakerWords.OutletReferences.Contains(head) && end - start <= 2)
        {
            return new SpeakerPhrase(phraseStart, phraseEnd, SpeakerPhraseKind.OutletReference, phrase);
        }

        if (first.Equals("his", StringComparison.OrdinalIgnoreCase) || first.Equals("her", StringComparison.OrdinalIgnoreCase))
        {
            return new SpeakerPhrase(phraseStart, phraseEnd, SpeakerPhraseKind.PersonPronoun, phrase);
        }

        if (first.Equals("their", StringComparison.OrdinalIgnoreCase) || first.Equals("its", StringComparison.OrdinalIgnoreCase))
        {
            return new SpeakerPhrase(phraseStart, phraseEnd, SpeakerPhraseKind.OtherPronoun, phrase);
        }

        if (definite && SpeakerWords.PersonRoles.Contains(head))
        {
            return new SpeakerPhrase(phraseStart, phraseEnd, SpeakerPhraseKind.RoleReference, phrase);
        }

        if (IsHeadNoun(headWord))
        {
            return new SpeakerPhrase(phraseStart, phraseEnd, SpeakerPhraseKind.Descriptor, phrase);
        }

        return null;
    }

    private static bool IsHeadNoun(ReadOnlySpan<char> word)
    {
        var lookup = SpeakerWords.DescriptorHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        var roles = SpeakerWords.PersonRoles.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word) || roles.Contains(word)
            || (word.Length > 3 && word[^1] == 's' && roles.Contains(word[..^1]));
    }

    private static bool IsAppositiveOpener(ReadOnlySpan<char> word) =>
        word is "who" or "a" or "an" or "the" or "one" or "his" or "her" or "their" or "its" or "which" or "speaking" or "for" or "however"
            or "in" or "too" or "meanwhile" or "though" or "also" or "instead" or "then" or "now" or "like" or "as" or "after" or "on"
        || char.IsUpper(word[0]) || char.IsDigit(word[0]) || SpeakerWords.PersonRoles.Contains(word.ToString()) || word.EndsWith("ing", StringComparison.Ordinal);

    private static bool IsPronoun(ReadOnlySpan<char> word, out SpeakerPhraseKind? kind)
    {
        if (word is "US")
        {
            kind = null;
            return false; // the country written in capitals ("US and Russian officials"), not "us".
        }

        var lower = word.ToString().ToLowerInvariant();
        var apostrophe = lower.IndexOfAny(['’', '\'']);
        if (apostrophe > 0)
        {
            lower = lower[..apostrophe]; // "I’d", "we’re", "he’s"
        }

        if (SpeakerWords.PersonPronouns.Contains(lower))
        {
            kind = SpeakerPhraseKind.PersonPronoun;
            return true;
        }

        if (SpeakerWords.OtherPronouns.Contains(lower))
        {
            kind = SpeakerPhraseKind.OtherPronoun;
            return true;
        }

        if (SpeakerWords.FirstPerson.Contains(lower))
        {
            kind = null;
            return true;
        }

        kind = null;
        return false;
    }

    private static bool IsObjectPronoun(ReadOnlySpan<char> word, out SpeakerPhraseKind? kind)
    {
        var lower = word.ToString().ToLowerInvariant();
        kind = lower switch
        {
            "him" or "her" or "whom" => SpeakerPhraseKind.PersonPronoun,
            "them" => SpeakerPhraseKind.OtherPronoun,
            _ => null,
        };
        return lower is "him" or "her" or "whom" or "them";
    }
}
