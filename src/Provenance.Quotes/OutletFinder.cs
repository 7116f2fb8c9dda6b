using System.Text.RegularExpressions;

namespace Provenance.Quotes;

/// <summary>
/// Finds the outlet a statement was given to or published in, only in the sentence that carries the cue
/// (GUIDELINES.md: the outlet does not carry over from an earlier sentence). Constructions, in order:
/// "told Axios", "in an interview with Frankfurter Allgemeine Zeitung", "told the outlet" (the outlet last
/// named), "in his latest Financial Times column", an outlet-like subject or object ("Reuters reported",
/// "according to Axios", "citing Bloomberg"). A name after "told" counts only when it is not a person.
/// Not handled: outlets written in lower case, and a person's show or podcast named by its host
/// ("on Tucker Carlson's podcast").
/// </summary>
internal static partial class OutletFinder
{
    private const string Name = @"(?<name>(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}\-’'./]*(?:\s+(?:of|for|de|am|\p{Lu}[\p{L}\p{N}\-’'./]*))*)";

    [GeneratedRegex(@"\b(?:told|tells|tell|telling|confirmed\s+to|said\s+to|speaking\s+to|spoke\s+to|speaking\s+with|spoke\s+with|talking\s+to|talked\s+to|interview\s+with|interviewed\s+by|writing\s+in|wrote\s+in|writes\s+in|published\s+in|appeared\s+on|went\s+on|op-ed\s+in|column\s+in|article\s+in)\s+" + Name, RegexOptions.CultureInvariant)]
    private static partial Regex GivenTo();

    [GeneratedRegex(@"\b(?:told|tells|tell|confirmed\s+to|speaking\s+to|spoke\s+to|said\s+to)\s+the\s+(?:news\s+)?(?:outlet|publication|newspaper|agency|broadcaster|paper|magazine|network|channel|website|site)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GivenToReference();

    [GeneratedRegex(@"\bin\s+(?:his|her|their|its|a|an|the)\s+(?:latest\s+|recent\s+|new\s+|weekly\s+|regular\s+)?" + Name + @"\s+(?:column|op-ed|article|piece|interview|podcast|editorial|report|show|broadcast|essay|commentary)", RegexOptions.CultureInvariant)]
    private static partial Regex PublishedIn();

    [GeneratedRegex(Name + @"\s+(?:has\s+|had\s+|also\s+)?(?:reported|reports|wrote|writes|noted|notes|quoted|cited|published|revealed|said|says|added)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OutletSubject();

    [GeneratedRegex(@"\b(?:[Aa]ccording\s+to|citing|[Cc]ited\s+by|quoted\s+by|reported\s+by|reported|reports)\s+" + Name, RegexOptions.CultureInvariant)]
    private static partial Regex OutletObject();

    /// <summary>The outlet named in the sentence of <paramref name="candidate"/>'s cue, or null.</summary>
    public static string? Find(QuoteContext context, QuoteCandidate candidate)
    {
        var sentence = context.Sentences.Count == 0 ? null : context.Sentences[context.SentenceIndexAt(candidate.CueStart)];
        if (sentence is null)
        {
            return null;
        }

        var sentenceText = context.Text[sentence.Start..sentence.End];
        bool OutsideContent(Match m)
        {
            var start = sentence.Start + m.Index;
            return start < candidate.Start || start >= candidate.End || (candidate.CueStart >= candidate.Start && candidate.CueStart < candidate.End);
        }

        foreach (Match match in GivenTo().Matches(sentenceText))
        {
            var name = CleanName(match.Groups["name"].Value);
            if (OutsideContent(match) && name.Length > 0 && !context.Names.IsPerson(name) && !IsPronounLike(name) && !SpeakerWords.IsNationality(name))
            {
                return context.Names.Fullest(name);
            }
        }

        foreach (Match match in GivenToReference().Matches(sentenceText))
        {
            if (OutsideContent(match) && LatestOutletBefore(context, sentence.Start + match.Index) is { } outlet)
            {
                return outlet;
            }
        }

        foreach (Match match in PublishedIn().Matches(sentenceText))
        {
            var name = CleanName(match.Groups["name"].Value);
            if (OutsideContent(match) && name.Length > 0)
            {
                return name;
            }
        }

        foreach (var pattern in new[] { OutletSubject(), OutletObject() })
        {
            foreach (Match match in pattern.Matches(sentenceText))
            {
                var name = CleanName(match.Groups["name"].Value);
                if (OutsideContent(match) && OutletNames.LooksLikeOutlet(name))
                {
                    return name;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:interview\s+with|interviewed\s+by|speaking\s+to|spoke\s+to|op-ed\s+in|column\s+in|article\s+in|writing\s+in|wrote\s+in|appeared\s+on)\s+" + Name + @"|\bin\s+(?:his|her|their|its|a|an|the)\s+(?:latest\s+|recent\s+|new\s+|weekly\s+|regular\s+)?" + Name + @"\s+(?:column|op-ed|article|piece|interview|podcast|editorial|essay|commentary)", RegexOptions.CultureInvariant)]
    private static partial Regex InterviewSetting();

    /// <summary>
    /// An interview or a column frames a whole paragraph: when one sentence of a paragraph says where the
    /// speaker spoke or wrote ("Speaking in an interview with Le Monde, …", "in her latest
    /// Guardian column"), the speaker's other statements in that paragraph get that outlet too.
    /// </summary>
    public static void SpreadInterviewOutlets(QuoteContext context, List<QuoteCandidate> candidates)
    {
        foreach (var sentence in context.Sentences)
        {
            var sentenceText = context.Text[sentence.Start..sentence.End];
            var match = InterviewSetting().Match(sentenceText);
            if (!match.Success)
            {
                continue;
            }

            var name = CleanName(match.Groups["name"].Success && match.Groups["name"].Value.Length > 0 ? match.Groups["name"].Value : "");
            if (name.Length == 0 || context.Names.IsPerson(name))
            {
                continue;
            }

            var block = context.BlockIndexAt(sentence.Start);
            var speaker = candidates.Where(c => c.CueStart >= sentence.Start && c.CueStart < sentence.End && c.Speaker is not null).Select(c => c.Speaker).FirstOrDefault()
                ?? candidates.Where(c => c.CueStart < sentence.Start && context.BlockIndexAt(c.CueStart) == block && c.Speaker is not null).Select(c => c.Speaker).LastOrDefault();
            if (speaker is null)
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (candidate.Outlet is null && candidate.Speaker == speaker && context.BlockIndexAt(candidate.CueStart) == block)
                {
                    candidate.Outlet = context.Names.Fullest(name);
                }
            }
        }
    }

    /// <summary>The outlet-like name last written before <paramref name="position"/>, for "the agency", "the outlet".</summary>
    public static string? LatestOutletBefore(QuoteContext context, int position)
    {
        var mentions = context.Names.Mentions;
        for (var m = context.Names.FirstMentionAtOrAfter(position) - 1; m >= 0; m--)
        {
            var name = CleanName(mentions[m].Text);
            if (OutletNames.LooksLikeOutlet(name))
            {
                return name;
            }
        }

        return null;
    }

    private static bool IsPronounLike(string name) => name is "He" or "She" or "It" or "They" or "I" or "We";

    /// <summary>Drops an article, a sentence-final period and a possessive from a matched name.</summary>
    private static string CleanName(string name)
    {
        var cleaned = OutletNames.StripArticle(name.Trim());
        if (cleaned.EndsWith('.') && cleaned.IndexOf('.') == cleaned.Length - 1)
        {
            cleaned = cleaned[..^1];
        }

        if (cleaned.EndsWith("’s", StringComparison.Ordinal) || cleaned.EndsWith("'s", StringComparison.Ordinal))
        {
            cleaned = cleaned[..^2];
        }

        return cleaned.TrimEnd('’', '\'', ',');
    }
}
